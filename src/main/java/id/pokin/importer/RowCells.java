package id.pokin.importer;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import id.pokin.importer.ImportError.Code;
import id.pokin.importer.ImportError.Message;
import id.pokin.sheet.Cells;
import id.pokin.sheet.ImportSheet;
import id.pokin.sheet.SheetRow;
import id.pokin.web.InputLimits;

/** The cells of one row, read with the sheet's columns; each problem found is reported at its cell. */
final class RowCells {

	/** Columns holding one id. */
	private static final Set<String> ID_COLUMNS = Set.of("id", "parent", "document", "region");

	/** Columns holding {@code ;}-separated ids. */
	private static final Set<String> ID_LIST_COLUMNS = Set.of("parents", "element", "responsible");

	/**
	 * Columns of short text ({@link InputLimits#SHORT_TEXT_MAX_LENGTH}), as the editing API has them, with the
	 * choices and years; target columns too. Every other column is text of {@link InputLimits#TEXT_MAX_LENGTH}.
	 */
	private static final Set<String> SHORT_COLUMNS = Set.of("code", "satuan", "baseline", "final_target",
			"number", "kind", "level", "polarity", "iku", "period_start", "period_end");

	private final ImportSheet sheet;

	private final ImportColumns columns;

	private final SheetRow row;

	/** Columns whose cell broke a bound: reported, and read as empty. */
	private final Set<String> refused = new HashSet<>();

	private final ImportErrors errors;

	RowCells(ImportSheet sheet, ImportColumns columns, SheetRow row, ImportErrors errors) {
		this.sheet = sheet;
		this.errors = errors;
		this.columns = columns;
		this.row = row;
		columns.byName().forEach((column, index) -> checkBounds(column, row.cell(index)));
		columns.targets().forEach((year, index) -> checkBounds(ImportSheet.targetColumn(year), row.cell(index)));
	}

	/** The bounds every value meets, wherever it comes from: {@link InputLimits}. */
	private void checkBounds(String column, String value) {
		if (value == null) {
			return;
		}
		boolean isId = ID_COLUMNS.contains(column);
		boolean isIdList = ID_LIST_COLUMNS.contains(column);
		int control = firstControlCharacter(value);
		if (control >= 0) {
			refuse(column, Code.CONTROL_CHARACTER, column, "U+%04X".formatted(control));
		}
		else if (isId && value.length() > InputLimits.ID_MAX_LENGTH) {
			refuse(column, Code.ID_TOO_LONG, value, column, value.length(), InputLimits.ID_MAX_LENGTH);
		}
		else if (isIdList) {
			List<String> ids = Cells.ids(value);
			String tooLong = ids.stream().filter(id -> id.length() > InputLimits.ID_MAX_LENGTH).findFirst().orElse(null);
			if (tooLong != null) {
				refuse(column, Code.ID_TOO_LONG, tooLong, column, tooLong.length(), InputLimits.ID_MAX_LENGTH);
			}
			else if (ids.size() > InputLimits.LIST_ARGUMENT_MAX_ITEMS) {
				refuse(column, Code.TOO_MANY_IDS, column, ids.size(), InputLimits.LIST_ARGUMENT_MAX_ITEMS);
			}
		}
		else if (!isId) {
			int max = SHORT_COLUMNS.contains(column) || ImportColumns.TARGET_COLUMN.matcher(column).matches()
					? InputLimits.SHORT_TEXT_MAX_LENGTH : InputLimits.TEXT_MAX_LENGTH;
			if (value.length() > max) {
				refuse(column, Code.TEXT_TOO_LONG, column, value.length(), max);
			}
		}
	}

	private void refuse(String column, Code code, Object... args) {
		this.refused.add(column);
		error(column, code, args);
	}

	String text(String column) {
		Integer index = this.columns.byName().get(column);
		return index == null || this.refused.contains(column) ? null : this.row.cell(index);
	}

	/** The cell's text; an empty cell is reported unless its column is missing (reported once, at the header). */
	String required(String column) {
		String value = text(column);
		if (value == null && this.columns.byName().containsKey(column) && !this.refused.contains(column)) {
			error(column, Code.MISSING_VALUE, column);
		}
		return value;
	}

	String id() {
		String id = required("id");
		if (id != null && !Cells.isValidId(id)) {
			error("id", Code.INVALID_ID, id);
		}
		return id;
	}

	<E> E choice(String column, Cells.Choice<E> choice, boolean isRequired) {
		String value = isRequired ? required(column) : text(column);
		if (value == null) {
			return null;
		}
		E chosen = choice.read(value);
		if (chosen == null) {
			error(column, Code.INVALID_VALUE, value, column, Message.both(choice.allowed()));
		}
		return chosen;
	}

	Integer year(String column) {
		String value = text(column);
		if (value == null) {
			return null;
		}
		Integer year = Cells.year(value);
		if (year == null) {
			error(column, Code.INVALID_YEAR, value, column);
		}
		return year;
	}

	void error(String column, Code code, Object... args) {
		this.errors.add(this.sheet.sheetName(), this.row.number(), column, code, args);
	}

	/** Whether the column's cell broke a bound (it reads as empty). */
	boolean refused(String column) {
		return this.refused.contains(column);
	}

	ImportSheet sheet() {
		return this.sheet;
	}

	ImportColumns columns() {
		return this.columns;
	}

	SheetRow row() {
		return this.row;
	}

	/** The first character {@link InputLimits#hasControlCharacters(String)} refuses, or -1. */
	private static int firstControlCharacter(String text) {
		if (!InputLimits.hasControlCharacters(text)) {
			return -1;
		}
		for (int i = 0; i < text.length(); i++) {
			if (InputLimits.hasControlCharacters(text.substring(i, i + 1))) {
				return text.charAt(i);
			}
		}
		return -1;
	}

}
