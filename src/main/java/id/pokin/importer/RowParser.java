package id.pokin.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.util.CellReference;

import id.pokin.capaian.Period;
import id.pokin.importer.ImportError.Code;
import id.pokin.importer.ImportError.Message;
import id.pokin.importer.Reference.Link;
import id.pokin.node.Indicator.IndicatorKind;
import id.pokin.node.Indicator.Polarity;
import id.pokin.node.Level;
import id.pokin.node.NodeKind;
import id.pokin.node.SearchText;
import id.pokin.sheet.Cells;
import id.pokin.sheet.ImportSheet;
import id.pokin.sheet.SheetRow;
import id.pokin.sheet.SheetTable;
import id.pokin.sheet.TargetValue;
import id.pokin.web.InputLimits;

/**
 * Reads each sheet's header and rows into {@link ImportRow}s, reporting everything that can be told from the
 * file alone, cell by cell: missing sheets and columns, unknown columns, empty required cells, invalid ids,
 * choices and years, and the bounds of {@link InputLimits} the editing API applies too (id length, text length,
 * control characters, ids per cell). A cell over a bound is reported and then read as empty, so that nothing
 * oversized reaches a query. Checks across rows and against the graph are {@link ImportValidator}'s.
 */
public final class RowParser {

	private static final Pattern TARGET_COLUMN = Pattern.compile("target_(\\d{4})");

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

	private final ImportErrors errors;

	private RowParser(ImportErrors errors) {
		this.errors = errors;
	}

	/** The rows of every sheet; problems found are added to {@code errors}. */
	public static ImportRows parse(ImportFile file, ImportErrors errors) {
		List<ImportRow> documents = new ArrayList<>();
		List<ImportRow> nodes = new ArrayList<>();
		List<ImportRow> realisasi = new ArrayList<>();
		if (file.tables().isEmpty() && !file.problems().isEmpty()) {
			// the file could not be read at all: that error says it, missing sheets would only repeat it
			return new ImportRows(documents, nodes);
		}
		RowParser parser = new RowParser(errors);
		for (ImportSheet sheet : ImportSheet.values()) {
			Optional<SheetTable> table = file.table(sheet);
			if (table.isEmpty() && sheet.isOptional()) {
				continue;
			}
			if (table.isEmpty()) {
				errors.add(sheet.sheetName(), null, null, Code.MISSING_SHEET, sheet.sheetName());
				continue;
			}
			Columns columns = parser.columns(sheet, table.get());
			long seq = 0;
			for (SheetRow row : table.get().rows()) {
				RowCells cells = parser.new RowCells(sheet, columns, row);
				ImportRow parsed = switch (sheet) {
					case DOCUMENTS -> cells.document();
					case UNITS -> cells.unit(++seq);
					case ELEMENTS -> cells.element(++seq);
					case INDICATORS -> cells.indicator(++seq);
					case REALISASI -> cells.realisasi();
				};
				(sheet == ImportSheet.DOCUMENTS ? documents : sheet == ImportSheet.REALISASI ? realisasi : nodes)
					.add(parsed);
			}
		}
		return new ImportRows(documents, nodes, realisasi);
	}

	private Columns columns(ImportSheet sheet, SheetTable table) {
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
					error(sheet, header.number(), CellReference.convertNumToColString(index), Code.UNNAMED_COLUMN,
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
					error(sheet, header.number(), written, Code.INVALID_TARGET_COLUMN, written);
				}
				else if (targets.putIfAbsent(year, index) != null) {
					error(sheet, header.number(), written, Code.DUPLICATE_COLUMN, written);
				}
			}
			else if (!sheet.knows(name)) {
				error(sheet, header.number(), written, Code.UNKNOWN_COLUMN, written, Message.both(sheet.columnList()));
			}
			else if (byName.putIfAbsent(name, index) != null) {
				error(sheet, header.number(), name, Code.DUPLICATE_COLUMN, name);
			}
		}
		for (String required : sheet.required()) {
			if (!byName.containsKey(required)) {
				error(sheet, header.number(), required, Code.MISSING_COLUMN, required);
			}
		}
		return new Columns(byName, targets);
	}

	private void error(ImportSheet sheet, Integer row, String column, Code code, Object... args) {
		this.errors.add(sheet.sheetName(), row, column, code, args);
	}

	/** Where each known column of a sheet is; {@code targets} maps a year to its target column. */
	private record Columns(Map<String, Integer> byName, TreeMap<Integer, Integer> targets) {
	}

	/** The cells of one row, read with the sheet's columns; each problem found is reported at its cell. */
	private final class RowCells {

		private final ImportSheet sheet;

		private final Columns columns;

		private final SheetRow row;

		/** Columns whose cell broke a bound: reported, and read as empty. */
		private final Set<String> refused = new HashSet<>();

		RowCells(ImportSheet sheet, Columns columns, SheetRow row) {
			this.sheet = sheet;
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
				int max = SHORT_COLUMNS.contains(column) || TARGET_COLUMN.matcher(column).matches()
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

		ImportRow document() {
			Map<String, Object> p = new LinkedHashMap<>();
			String id = id();
			put(p, "id", id);
			put(p, "title", required("title"));
			put(p, "number", text("number"));
			put(p, "issuer", text("issuer"));
			put(p, "region", text("region"));
			Integer start = year("period_start");
			Integer end = year("period_end");
			put(p, "periodStart", start == null ? null : start.longValue());
			put(p, "periodEnd", end == null ? null : end.longValue());
			if (start != null && end != null && start > end) {
				error("period_end", Code.INVALID_PERIOD, start, end);
			}
			put(p, "sourceFile", text("source_file"));
			return new ImportRow(this.sheet, this.row.number(), id, null, null, p,
					List.of(single("region", Link.REGION)));
		}

		ImportRow unit(long seq) {
			String id = id();
			String name = required("name");
			Level level = choice("level", Cells.LEVELS, true);
			String parent = text("parent");
			if (parent == null && level != null && level != Level.PEMDA && !this.refused.contains("parent")) {
				error("parent", Code.MISSING_PARENT, level.name());
			}
			Map<String, Object> p = node(id, NodeKind.UNIT, name, level, seq);
			return new ImportRow(this.sheet, this.row.number(), id, NodeKind.UNIT, level, p,
					List.of(single("parent", Link.PART_OF), source()));
		}

		ImportRow element(long seq) {
			String id = id();
			NodeKind kind = choice("kind", Cells.ELEMENT_KINDS, true);
			String name = required("name");
			Level level = choice("level", Cells.LEVELS, true);
			Map<String, Object> p = node(id, kind, name, level, seq);
			put(p, "description", text("description"));
			put(p, "problems", text("problems"));
			return new ImportRow(this.sheet, this.row.number(), id, kind, level, p,
					List.of(several("parents", Link.CONTRIBUTES_TO), several("responsible", Link.RESPONSIBLE_FOR),
							source()));
		}

		ImportRow indicator(long seq) {
			String id = id();
			String name = required("name");
			Map<String, Object> p = node(id, NodeKind.INDIKATOR, name, null, seq);
			put(p, "satuan", text("satuan"));
			measure(p, "baseline", TargetValue.of(text("baseline")));
			targets(p);
			measure(p, "finalTarget", TargetValue.of(text("final_target")));
			put(p, "formula", text("formula"));
			put(p, "dataSource", text("data_source"));
			put(p, "definition", text("definition"));
			put(p, "rationale", text("rationale"));
			IndicatorKind indicatorKind = choice("kind", Cells.INDICATOR_KINDS, false);
			put(p, "indicatorKind", indicatorKind == null ? null : indicatorKind.name());
			Polarity polarity = choice("polarity", Cells.POLARITIES, false);
			put(p, "polarity", polarity == null ? null : polarity.name());
			p.put("iku", Boolean.TRUE.equals(choice("iku", Cells.BOOLEANS, false)));
			// the level comes from the indicator's element or unit, known once the whole file has been read
			return new ImportRow(this.sheet, this.row.number(), id, NodeKind.INDIKATOR, null, p,
					List.of(several("element", Link.CONTRIBUTES_TO), several("responsible", Link.RESPONSIBLE_FOR),
							source()));
		}

		/** One realisasi: the indicator it is of (the row's id), year, period, value as written (null removes it). */
		ImportRow realisasi() {
			String indicator = required("indicator");
			if (indicator != null && !Cells.isValidId(indicator)) {
				error("indicator", Code.INVALID_ID, indicator);
			}
			Map<String, Object> p = new LinkedHashMap<>();
			String yearText = required("year");
			Integer year = yearText == null ? null : year("year");
			put(p, "year", year);
			String periodText = required("period");
			Period period = periodText == null ? null : Period.parse(periodText);
			if (periodText != null && period == null) {
				error("period", Code.INVALID_VALUE, periodText, "period", "TW1, TW2, TW3, TW4, YEAR");
			}
			put(p, "period", period);
			put(p, "raw", text("value"));
			put(p, "evidence", text("evidence"));
			put(p, "document", text("document"));
			put(p, "ref", text("source_ref"));
			return new ImportRow(this.sheet, this.row.number(), indicator, null, null, p,
					List.of(single("document", Link.DOCUMENT)));
		}

		/** The properties every node has; {@code version} is the writer's. */
		private Map<String, Object> node(String id, NodeKind kind, String name, Level level, long seq) {
			Map<String, Object> p = new LinkedHashMap<>();
			put(p, "id", id);
			put(p, "kind", kind == null ? null : kind.name());
			put(p, "name", name);
			put(p, "nameKey", SearchText.nameKey(name));
			String code = text("code");
			put(p, "code", code);
			String codeKey = SearchText.codeKey(code);
			put(p, "codeKey", codeKey == null || codeKey.isEmpty() ? null : codeKey);
			put(p, "level", level == null ? null : level.name());
			p.put("seq", seq);
			put(p, "sourceDocument", required("document"));
			put(p, "sourceRef", required("source_ref"));
			return p;
		}

		private void measure(Map<String, Object> p, String prefix, TargetValue value) {
			if (value != null) {
				p.put(prefix + "Raw", value.raw());
				put(p, prefix + "Value", value.number());
			}
		}

		/** Only years with a value; a target without a number is NaN, as lists in Neo4j cannot hold nulls. */
		private void targets(Map<String, Object> p) {
			List<Long> years = new ArrayList<>();
			List<String> raws = new ArrayList<>();
			List<Double> values = new ArrayList<>();
			this.columns.targets().forEach((year, index) -> {
				TargetValue target = this.refused.contains(ImportSheet.targetColumn(year)) ? null
						: TargetValue.of(this.row.cell(index));
				if (target != null) {
					years.add(year.longValue());
					raws.add(target.raw());
					values.add(target.number() == null ? Double.NaN : target.number());
				}
			});
			if (!years.isEmpty()) {
				p.put("targetYears", years);
				p.put("targetRaw", raws);
				p.put("targetValue", values);
			}
		}

		private Reference source() {
			return single("document", Link.DOCUMENT);
		}

		private Reference single(String column, Link link) {
			String id = text(column);
			return new Reference(column, link, id == null ? List.of() : List.of(id));
		}

		private Reference several(String column, Link link) {
			return new Reference(column, link, Cells.ids(text(column)));
		}

		private String text(String column) {
			Integer index = this.columns.byName().get(column);
			return index == null || this.refused.contains(column) ? null : this.row.cell(index);
		}

		/** The cell's text; an empty cell is reported unless its column is missing (reported once, at the header). */
		private String required(String column) {
			String value = text(column);
			if (value == null && this.columns.byName().containsKey(column) && !this.refused.contains(column)) {
				error(column, Code.MISSING_VALUE, column);
			}
			return value;
		}

		private String id() {
			String id = required("id");
			if (id != null && !Cells.isValidId(id)) {
				error("id", Code.INVALID_ID, id);
			}
			return id;
		}

		private <E> E choice(String column, Cells.Choice<E> choice, boolean isRequired) {
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

		private Integer year(String column) {
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

		private void error(String column, Code code, Object... args) {
			RowParser.this.error(this.sheet, this.row.number(), column, code, args);
		}

		private static void put(Map<String, Object> properties, String name, Object value) {
			if (value != null) {
				properties.put(name, value);
			}
		}

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
