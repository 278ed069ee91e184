package id.pokin.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

import id.pokin.importer.ImportError.Code;
import id.pokin.web.InputLimits;

/**
 * The errors of one import as they are found: the first {@code limit} in file order are kept, the others only
 * counted. Checks find errors out of file order (a sheet's rows, then links, then cycles), so the kept ones are
 * the least in file order seen so far; an error that cannot be among them is counted without its message ever
 * being formatted, so a file with 60,000 bad rows costs a count, not 60,000 messages.
 */
public final class ImportErrors {

	private final int limit;

	/** The kept errors, the last in file order at the head, so that it is the one a better error replaces. */
	private final PriorityQueue<Pending> kept;

	private long sequence;

	private int count;

	public ImportErrors() {
		this(InputLimits.IMPORT_ERRORS_REPORTED);
	}

	ImportErrors(int limit) {
		this.limit = limit;
		this.kept = new PriorityQueue<>(Pending.ORDER.reversed());
	}

	void add(String sheet, Integer row, String column, Code code, Object... args) {
		add(new Pending(ImportError.sheetOrder(sheet), row == null ? 0 : row, sheet, row, column, code, args, null,
				this.sequence++));
	}

	void add(ImportError error) {
		add(new Pending(ImportError.sheetOrder(error.sheet()), error.row() == null ? 0 : error.row(), error.sheet(),
				error.row(), error.column(), error.code(), null, error, this.sequence++));
	}

	void addAll(List<ImportError> errors) {
		errors.forEach(this::add);
	}

	private void add(Pending error) {
		this.count++;
		if (this.kept.size() < this.limit) {
			this.kept.add(error);
		}
		else if (this.limit > 0 && Pending.ORDER.compare(error, this.kept.peek()) < 0) {
			this.kept.poll();
			this.kept.add(error);
		}
	}

	boolean isEmpty() {
		return this.count == 0;
	}

	/** Whether as many errors were found as are reported: more would only be counted. */
	boolean isFull() {
		return this.limit > 0 && this.count >= this.limit;
	}

	/** How many errors were found, reported or not. */
	int count() {
		return this.count;
	}

	/** The first errors in file order, at most the limit. */
	public List<ImportError> first() {
		List<Pending> sorted = new ArrayList<>(this.kept);
		sorted.sort(Pending.ORDER);
		return sorted.stream().map(Pending::error).toList();
	}

	/** How many errors were found beyond {@link #first()}. */
	int more() {
		return this.count - this.kept.size();
	}

	/** An error whose message is formatted only if it is reported; {@code seq} keeps the order of one row's errors. */
	private record Pending(int sheetOrder, int rowOrder, String sheet, Integer row, String column, Code code,
			Object[] args, ImportError built, long seq) {

		/** {@link ImportError#FILE_ORDER}, then the order found. */
		static final Comparator<Pending> ORDER = Comparator.comparingInt(Pending::sheetOrder)
			.thenComparingInt(Pending::rowOrder)
			.thenComparingLong(Pending::seq);

		ImportError error() {
			return this.built != null ? this.built : ImportError.of(this.sheet, this.row, this.column, this.code, this.args);
		}

	}

}
