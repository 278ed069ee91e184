package id.pokin.importer;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.util.CellReference;

import id.pokin.importer.ImportError.Code;
import id.pokin.importer.ImportError.Message;
import id.pokin.sheet.Cells;
import id.pokin.sheet.ImportSheet;
import id.pokin.sheet.SheetRow;
import id.pokin.sheet.SheetTable;

/** Where each known column of a sheet is; {@code targets} maps a year to its target column. */
record ImportColumns(Map<String, Integer> byName, TreeMap<Integer, Integer> targets) {

	/** A target column's name: {@code target_} and the year. */
	static final Pattern TARGET_COLUMN = Pattern.compile("target_(\\d{4})");

	/**
	 * Reads a sheet's header: where each known column is, the target columns by year; unnamed, unknown, duplicate
	 * and missing columns are added to {@code errors}.
	 */
	static ImportColumns read(ImportSheet sheet, SheetTable table, ImportErrors errors) {
		Map<String, Integer> byName = new HashMap<>();
		TreeMap<Integer, Integer> targets = new TreeMap<>();
		SheetRow header = table.header();
		// as wide as the widest row: a value right of the last header (an unquoted comma in a CSV) must not vanish
		int width = table.rows().stream().mapToInt(row -> row.cells().size()).reduce(header.cells().size(), Math::max);
		for (int index = 0; index < width; index++) {
			String written = header.cell(index);
			if (written == null) {
				int column = index;
				if (table.rows().stream().anyMatch(row -> row.cell(column) != null)) {
					errors.add(sheet.sheetName(), header.number(), CellReference.convertNumToColString(index), Code.UNNAMED_COLUMN,
							CellReference.convertNumToColString(index));
				}
				continue;
			}
			// a Bahasa header (an export's default) is read as its English key
			String name = sheet.key(ImportSheet.normalize(written));
			if (sheet.isInformational(name)) {
				continue;
			}
			if (sheet.hasTargets() && name.startsWith(ImportSheet.TARGET_PREFIX)) {
				Matcher target = TARGET_COLUMN.matcher(name);
				Integer year = target.matches() ? Cells.year(target.group(1)) : null;
				if (year == null) {
					errors.add(sheet.sheetName(), header.number(), written, Code.INVALID_TARGET_COLUMN, written);
				}
				else if (targets.putIfAbsent(year, index) != null) {
					errors.add(sheet.sheetName(), header.number(), written, Code.DUPLICATE_COLUMN, written);
				}
			}
			else if (!sheet.knows(name)) {
				errors.add(sheet.sheetName(), header.number(), written, Code.UNKNOWN_COLUMN, written, Message.both(sheet.columnList()));
			}
			else if (byName.putIfAbsent(name, index) != null) {
				errors.add(sheet.sheetName(), header.number(), name, Code.DUPLICATE_COLUMN, name);
			}
		}
		for (String required : sheet.required()) {
			if (!byName.containsKey(required)) {
				errors.add(sheet.sheetName(), header.number(), required, Code.MISSING_COLUMN, required);
			}
		}
		return new ImportColumns(byName, targets);
	}

}
