package id.pokin.matriks;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import id.pokin.xlsx.SheetSetup;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.RegionUtil;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import static id.pokin.xlsx.SheetSetup.text;

/**
 * The matriks as a workbook: one sheet per perangkat daerah, a title (scope, perangkat daerah, year, date), the
 * header row frozen, filtered and repeated on every printed page (A3 landscape, fitted to the page width), the
 * shared upper tiers merged, crosscutting rows shaded. A sheet holds a few hundred rows, so POI's full model (which
 * merging needs) is small.
 */
final class MatriksXlsx {

	static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	/** The row of the column headers (0-based): below the three title rows and a blank one. */
	static final int HEADER_ROW = 4;

	/** Column widths in characters, in the order of {@link Matriks#headers()}. */
	private static final int[] WIDTHS = { 5, 30, 34, 36, 36, 44, 12, 14, 26, 20 };

	private MatriksXlsx() {
	}

	static void write(Matriks matriks, OutputStream out) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Styles styles = new Styles(workbook);
			Set<String> names = new HashSet<>();
			if (matriks.sheets().isEmpty()) {
				sheet(workbook.createSheet("Matriks"), matriks, new Matriks.Sheet(matriks.scopeId(), matriks.scopeName(),
						List.of()), styles);
			}
			for (Matriks.Sheet sheet : matriks.sheets()) {
				sheet(workbook.createSheet(sheetName(sheet.unitName(), names)), matriks, sheet, styles);
			}
			workbook.write(out);
		}
	}

	private static void sheet(Sheet sheet, Matriks matriks, Matriks.Sheet content, Styles styles) {
		List<String> headers = matriks.headers();
		int last = headers.size() - 1;
		title(sheet, 0, "MATRIKS CASCADING KINERJA", styles.title, last);
		title(sheet, 1, content.unitName() + (content.unitId().equals(matriks.scopeId()) ? "" : " (" + matriks.scopeName() + ")"),
				styles.subtitle, last);
		title(sheet, 2, "Target tahun " + matriks.year() + " · dibuat " + matriks.date() + " · " + content.rows().size()
				+ " baris", styles.plain, last);
		Row head = sheet.createRow(HEADER_ROW);
		for (int c = 0; c < headers.size(); c++) {
			Cell cell = head.createCell(c);
			cell.setCellValue(headers.get(c));
			cell.setCellStyle(styles.header);
			sheet.setColumnWidth(c, WIDTHS[c] * 256);
		}
		int r = HEADER_ROW + 1;
		int number = 0;
		for (Matriks.Row line : content.rows()) {
			Row row = sheet.createRow(r++);
			CellStyle style = line.crosscutting() ? styles.crosscutting : styles.cell;
			text(row, 0, line.hasIndicator() ? Integer.toString(++number) : null, style);
			for (int t = 0; t < Matriks.TIERS; t++) {
				text(row, 1 + t, line.tiers().get(t).text(), style);
			}
			text(row, 5, line.indicator(), style);
			text(row, 6, line.satuan(), style);
			text(row, 7, line.target(), style);
			text(row, 8, line.responsible(), style);
			text(row, 9, line.note(), style);
		}
		for (int t = 0; t < Matriks.TIERS; t++) {
			for (int[] run : content.merges(t)) {
				CellRangeAddress range = new CellRangeAddress(HEADER_ROW + 1 + run[0], HEADER_ROW + 1 + run[1], 1 + t, 1 + t);
				sheet.addMergedRegion(range);
				RegionUtil.setBorderBottom(BorderStyle.THIN, range, sheet);
			}
		}
		sheet.createFreezePane(0, HEADER_ROW + 1);
		sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, Math.max(HEADER_ROW, r - 1), 0, last));
		SheetSetup.printLandscape(sheet, HEADER_ROW, PrintSetup.A3_PAPERSIZE);
		sheet.setAutobreaks(true);
	}

	private static void title(Sheet sheet, int r, String text, CellStyle style, int lastColumn) {
		Row row = sheet.createRow(r);
		Cell cell = row.createCell(0);
		cell.setCellValue(text);
		cell.setCellStyle(style);
		sheet.addMergedRegion(new CellRangeAddress(r, r, 0, lastColumn));
	}

	/** A sheet name Excel accepts (31 characters, none of {@code []:*?/\}), unique in the workbook. */
	static String sheetName(String name, Set<String> taken) {
		String safe = WorkbookUtil.createSafeSheetName(name == null || name.isBlank() ? "Matriks" : name.strip(), '-');
		String candidate = safe;
		for (int n = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); n++) {
			String suffix = " (" + n + ")";
			candidate = safe.substring(0, Math.min(safe.length(), 31 - suffix.length())) + suffix;
		}
		return candidate;
	}

	private static final class Styles {

		final CellStyle title;

		final CellStyle subtitle;

		final CellStyle plain;

		final CellStyle header;

		final CellStyle cell;

		final CellStyle crosscutting;

		Styles(XSSFWorkbook workbook) {
			this.title = SheetSetup.styleWith(workbook, SheetSetup.boldFont(workbook, 14));
			Font bold = SheetSetup.boldFont(workbook, 0);
			this.subtitle = SheetSetup.styleWith(workbook, bold);
			this.plain = workbook.createCellStyle();
			this.header = SheetSetup.header(workbook, bold);
			this.header.setVerticalAlignment(VerticalAlignment.CENTER);
			this.cell = SheetSetup.bordered(workbook);
			this.crosscutting = SheetSetup.shaded(workbook, IndexedColors.LIGHT_YELLOW);
		}

	}

}
