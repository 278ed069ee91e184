package id.pokin.xlsx;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * What the evaluator workbooks (the matriks cascading, the KKE working paper) share: the cell styles of a bordered
 * table, text cells that never become formulas, and the print setup (landscape, the header row on every page, fitted
 * to the page width, "Halaman n dari N" in the footer).
 */
public final class SheetSetup {

	/** Excel's limit on a cell's text; no decree comes near it. */
	private static final int MAX_TEXT = 32_767;

	private SheetSetup() {
	}

	/** A bold font, {@code points} high (0: the workbook's default size). */
	public static Font boldFont(Workbook workbook, int points) {
		Font font = workbook.createFont();
		font.setBold(true);
		if (points > 0) {
			font.setFontHeightInPoints((short) points);
		}
		return font;
	}

	/** A style with only {@code font} set. */
	public static CellStyle styleWith(Workbook workbook, Font font) {
		CellStyle style = workbook.createCellStyle();
		style.setFont(font);
		return style;
	}

	/** A table cell: wrapped text from the top, thin borders. */
	public static CellStyle bordered(Workbook workbook) {
		CellStyle style = workbook.createCellStyle();
		style.setWrapText(true);
		style.setVerticalAlignment(VerticalAlignment.TOP);
		style.setBorderTop(BorderStyle.THIN);
		style.setBorderBottom(BorderStyle.THIN);
		style.setBorderLeft(BorderStyle.THIN);
		style.setBorderRight(BorderStyle.THIN);
		return style;
	}

	/** A table cell filled with {@code colour}. */
	public static CellStyle shaded(Workbook workbook, IndexedColors colour) {
		CellStyle style = bordered(workbook);
		style.setFillForegroundColor(colour.getIndex());
		style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		return style;
	}

	/** A column header cell: bold on grey. */
	public static CellStyle header(Workbook workbook, Font bold) {
		CellStyle style = shaded(workbook, IndexedColors.GREY_25_PERCENT);
		style.setFont(bold);
		return style;
	}

	/** Text set as text: a name starting with {@code =} stays a name, never a formula. Null leaves the cell empty. */
	public static Cell text(Row row, int column, String value, CellStyle style) {
		Cell cell = row.createCell(column);
		cell.setCellStyle(style);
		if (value != null) {
			cell.setCellValue(value.length() > MAX_TEXT ? value.substring(0, MAX_TEXT) : value);
		}
		return cell;
	}

	/** Prints landscape on {@code paperSize} ({@link PrintSetup}'s constants), one page wide, the header row repeated. */
	public static void printLandscape(Sheet sheet, int headerRow, short paperSize) {
		sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
		PrintSetup print = sheet.getPrintSetup();
		print.setLandscape(true);
		print.setPaperSize(paperSize);
		print.setFitWidth((short) 1);
		print.setFitHeight((short) 0);
		sheet.setFitToPage(true);
		sheet.getFooter().setCenter("Halaman &P dari &N");
	}

}
