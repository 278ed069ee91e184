package id.pokin.export;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import id.pokin.sheet.ImportSheet;

/**
 * One sheet of an export (or of the template) as it is written: its name, header and rows. A cell is text,
 * a whole number (written as a number cell in a workbook) or {@code null} (empty). Text is kept as the graph
 * holds it; the writers escape formula-like text.
 */
record ExportTable(String name, List<String> columns, List<List<Object>> rows) {

	/**
	 * A sheet of the import format with its columns in {@link ImportSheet}'s order, the indicators' target
	 * column standing for one {@code target_YYYY} column per year of {@code years} (in their order); each row
	 * gives its cells by column name.
	 */
	static ExportTable of(ImportSheet sheet, Collection<Integer> years, List<Map<String, Object>> rows) {
		return of(sheet, sheet.columns(), years, rows);
	}

	/** As {@link #of}, with the columns an export adds for people ({@link ImportSheet#exportColumns()}). */
	static ExportTable export(ImportSheet sheet, Collection<Integer> years, List<Map<String, Object>> rows) {
		return of(sheet, sheet.exportColumns(), years, rows);
	}

	private static ExportTable of(ImportSheet sheet, List<String> sheetColumns, Collection<Integer> years,
			List<Map<String, Object>> rows) {
		List<String> columns = new ArrayList<>();
		for (String column : sheetColumns) {
			if (ImportSheet.TARGETS.equals(column)) {
				years.forEach(year -> columns.add(ImportSheet.targetColumn(year)));
			}
			else {
				columns.add(column);
			}
		}
		List<List<Object>> cells = new ArrayList<>(rows.size());
		for (Map<String, Object> row : rows) {
			List<Object> line = new ArrayList<>(columns.size());
			columns.forEach(column -> line.add(row.get(column)));
			cells.add(line);
		}
		return new ExportTable(sheet.sheetName(), List.copyOf(columns), cells);
	}

}
