package id.pokin.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Set;

import id.pokin.sheet.Cells;
import id.pokin.sheet.ImportSheet;
import id.pokin.web.RejectedInput;
import id.pokin.web.Shown;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes export tables as one workbook with POI's streaming writer: only a window of rows is in memory, the
 * rest goes to a compressed temporary file until the workbook is written. Text goes into text cells (inline
 * strings), formula-like text behind an apostrophe ({@link Cells#escapeFormula(String)}); whole numbers into
 * number cells. The header row is bold, frozen and (on the import sheets) filtered.
 */
final class XlsxExportWriter {

	static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private static final int ROWS_IN_MEMORY = 200;

	/** Excel's limit on the text of one cell. */
	static final int MAX_CELL_TEXT = 32_767;

	/** Columns holding sentences get a wide column, those holding ids a medium one, the others a narrow one. */
	private static final Set<String> WIDE = Set.of("title", "name", "description", "problems", "formula",
			"data_source", "definition", "rationale", "source_ref", "penjelasan");

	private static final Set<String> MEDIUM = Set.of("id", "parent", "parents", "element", "responsible",
			ImportSheet.RESPONSIBLE_NAME, "document",
			"region", "source_file", "issuer", "number");

	private XlsxExportWriter() {
	}

	/**
	 * Refuses tables a workbook cannot hold (text longer than Excel allows in a cell), before anything is written,
	 * naming the first such cell; CSV has no such limit. Cutting the text instead would make an export that does not
	 * import back as it was. Only data stored before the bounds of {@link id.pokin.web.InputLimits} can be that long.
	 * @throws RejectedInput {@code CELL_TOO_LONG}, in both languages
	 */
	static void check(List<ExportTable> tables) {
		for (ExportTable table : tables) {
			int idColumn = table.columns().indexOf("id");
			for (int r = 0; r < table.rows().size(); r++) {
				List<Object> values = table.rows().get(r);
				for (int c = 0; c < values.size(); c++) {
					if (values.get(c) instanceof String text && Cells.escapeFormula(text).length() > MAX_CELL_TEXT) {
						String id = idColumn >= 0 && values.get(idColumn) instanceof String s ? Shown.value(s) : "?";
						String column = table.columns().get(c);
						throw new RejectedInput("CELL_TOO_LONG", ("Sheet %s, row %d (id '%s'), column %s holds %d characters,"
								+ " more than a workbook cell can (%d): export as csv, or shorten the text")
							.formatted(table.name(), r + 2, id, column, text.length(), MAX_CELL_TEXT),
								("Lembar %s, baris %d (id '%s'), kolom %s berisi %d karakter, lebih dari yang dapat dimuat"
										+ " sel buku kerja (%d): ekspor sebagai csv, atau persingkat teksnya")
									.formatted(table.name(), r + 2, id, column, text.length(), MAX_CELL_TEXT))
							.with("sheet", table.name()).with("row", r + 2).with("column", column);
					}
				}
			}
		}
	}

	static void write(List<ExportTable> tables, OutputStream out) throws IOException {
		write(tables, ExportOptions.CANONICAL, out);
	}

	/**
	 * Headers as {@code options} says; an import sheet's header row also gets an autofilter (Excel's filter buttons)
	 * over its rows.
	 */
	static void write(List<ExportTable> tables, ExportOptions options, OutputStream out) throws IOException {
		check(tables);
		SXSSFWorkbook workbook = new SXSSFWorkbook(null, ROWS_IN_MEMORY, true, false);
		try {
			Font bold = workbook.createFont();
			bold.setBold(true);
			CellStyle header = workbook.createCellStyle();
			header.setFont(bold);
			CellStyle text = workbook.createCellStyle();
			text.setVerticalAlignment(VerticalAlignment.TOP);
			for (ExportTable table : tables) {
				Sheet sheet = workbook.createSheet(table.name());
				sheet.createFreezePane(0, 1);
				Row head = sheet.createRow(0);
				for (int c = 0; c < table.columns().size(); c++) {
					String column = table.columns().get(c);
					String written = options.header(column);
					Cell cell = head.createCell(c);
					cell.setCellValue(written);
					cell.setCellStyle(header);
					sheet.setColumnWidth(c, Math.max(width(column), written.length() + 4) * 256);
				}
				if (ImportSheet.named(table.name()).isPresent() && !table.columns().isEmpty()) {
					sheet.setAutoFilter(new CellRangeAddress(0, table.rows().size(), 0, table.columns().size() - 1));
				}
				int r = 1;
				for (List<Object> values : table.rows()) {
					Row row = sheet.createRow(r++);
					for (int c = 0; c < values.size(); c++) {
						Object value = values.get(c);
						if (value == null) {
							continue;
						}
						Cell cell = row.createCell(c);
						cell.setCellStyle(text);
						if (value instanceof Number number) {
							cell.setCellValue(number.doubleValue());
						}
						else {
							cell.setCellValue(Cells.escapeFormula(value.toString()));
						}
					}
				}
			}
			workbook.write(out);
		}
		finally {
			workbook.dispose();
			workbook.close();
		}
	}

	/** In characters. */
	private static int width(String column) {
		return WIDE.contains(column) ? 60 : MEDIUM.contains(column) ? 28 : Math.max(12, column.length() + 4);
	}

}
