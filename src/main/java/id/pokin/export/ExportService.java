package id.pokin.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;

import id.pokin.node.NodeNotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exports a region, a perangkat daerah or the whole graph in the import format (see {@link ExportScope} for
 * what a scope holds and {@link ExportQueries} for the order of rows). The rows are read in one read-only
 * transaction, so an export is one consistent state of the graph; writing the file happens after it.
 */
@Service
public class ExportService {

	private final ExportScope scope;

	private final ExportQueries queries;

	ExportService(ExportScope scope, ExportQueries queries) {
		this.scope = scope;
		this.queries = queries;
	}

	/**
	 * The tables of the export of the unit {@code scope}, or of everything when it is {@code null} or blank.
	 * @throws NodeNotFoundException when no node has the id
	 * @throws IllegalArgumentException when the node is not a unit
	 */
	@Transactional(readOnly = true)
	Export read(String scope) {
		String unit = scope == null || scope.isBlank() ? null : scope.strip();
		ExportScope.Contents contents = unit == null ? this.scope.everything() : this.scope.of(unit);
		return new Export(unit, this.queries.tables(contents));
	}

	/** The tables of one export and the unit it was made for ({@code null}: everything). */
	record Export(String scope, List<ExportTable> tables) {

		/** @throws id.pokin.web.RejectedInput when the format cannot hold these tables (nothing is written then) */
		void check(ExportFormat format) {
			format.check(this.tables);
		}

		/** In the canonical form: English keys, commas. */
		void write(ExportFormat format, OutputStream out) throws IOException {
			format.write(this.tables, out);
		}

		void write(ExportFormat format, ExportOptions options, OutputStream out) throws IOException {
			format.write(this.tables, options, out);
		}

		/** {@code pokin-pemda-balangan-2026-11-23.xlsx}; {@code pokin-2026-11-23.zip} for everything. */
		String fileName(ExportFormat format, LocalDate day) {
			String name = this.scope == null ? "pokin" : "pokin-" + this.scope.replaceAll("[^A-Za-z0-9._-]", "-");
			return name + "-" + day + "." + format.extension();
		}

		/** How many rows each sheet has, as {@code 1 documents, 4 units, ...}. */
		String counts() {
			return String.join(", ",
					this.tables.stream().map(table -> table.rows().size() + " " + table.name()).toList());
		}

	}

}
