package id.pokin.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.pokin.capaian.Period;
import id.pokin.importer.ImportError.Code;
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
 * oversized reaches a query. Checks across rows and against the graph are {@link ImportValidator}'s. The header is
 * read by {@link ImportColumns}, a row's cells within their bounds by {@link RowCells}; here they become rows.
 */
public final class RowParser {

	private RowParser() {
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
		for (ImportSheet sheet : ImportSheet.values()) {
			Optional<SheetTable> table = file.table(sheet);
			if (table.isEmpty() && sheet.isOptional()) {
				continue;
			}
			if (table.isEmpty()) {
				errors.add(sheet.sheetName(), null, null, Code.MISSING_SHEET, sheet.sheetName());
				continue;
			}
			ImportColumns columns = ImportColumns.read(sheet, table.get(), errors);
			long seq = 0;
			for (SheetRow row : table.get().rows()) {
				RowCells cells = new RowCells(sheet, columns, row, errors);
				ImportRow parsed = switch (sheet) {
					case DOCUMENTS -> document(cells);
					case UNITS -> unit(cells, ++seq);
					case ELEMENTS -> element(cells, ++seq);
					case INDICATORS -> indicator(cells, ++seq);
					case REALISASI -> realisasi(cells);
				};
				(sheet == ImportSheet.DOCUMENTS ? documents : sheet == ImportSheet.REALISASI ? realisasi : nodes)
					.add(parsed);
			}
		}
		return new ImportRows(documents, nodes, realisasi);
	}

	private static ImportRow document(RowCells cells) {
		Map<String, Object> p = new LinkedHashMap<>();
		String id = cells.id();
		put(p, "id", id);
		put(p, "title", cells.required("title"));
		put(p, "number", cells.text("number"));
		put(p, "issuer", cells.text("issuer"));
		put(p, "region", cells.text("region"));
		Integer start = cells.year("period_start");
		Integer end = cells.year("period_end");
		put(p, "periodStart", start == null ? null : start.longValue());
		put(p, "periodEnd", end == null ? null : end.longValue());
		if (start != null && end != null && start > end) {
			cells.error("period_end", Code.INVALID_PERIOD, start, end);
		}
		put(p, "sourceFile", cells.text("source_file"));
		return new ImportRow(cells.sheet(), cells.row().number(), id, null, null, p,
				List.of(single(cells, "region", Link.REGION)));
	}

	private static ImportRow unit(RowCells cells, long seq) {
		String id = cells.id();
		String name = cells.required("name");
		Level level = cells.choice("level", Cells.LEVELS, true);
		String parent = cells.text("parent");
		if (parent == null && level != null && level != Level.PEMDA && !cells.refused("parent")) {
			cells.error("parent", Code.MISSING_PARENT, level.name());
		}
		Map<String, Object> p = node(cells, id, NodeKind.UNIT, name, level, seq);
		return new ImportRow(cells.sheet(), cells.row().number(), id, NodeKind.UNIT, level, p,
				List.of(single(cells, "parent", Link.PART_OF), source(cells)));
	}

	private static ImportRow element(RowCells cells, long seq) {
		String id = cells.id();
		NodeKind kind = cells.choice("kind", Cells.ELEMENT_KINDS, true);
		String name = cells.required("name");
		Level level = cells.choice("level", Cells.LEVELS, true);
		Map<String, Object> p = node(cells, id, kind, name, level, seq);
		put(p, "description", cells.text("description"));
		put(p, "problems", cells.text("problems"));
		return new ImportRow(cells.sheet(), cells.row().number(), id, kind, level, p,
				List.of(several(cells, "parents", Link.CONTRIBUTES_TO), several(cells, "responsible", Link.RESPONSIBLE_FOR),
						source(cells)));
	}

	private static ImportRow indicator(RowCells cells, long seq) {
		String id = cells.id();
		String name = cells.required("name");
		Map<String, Object> p = node(cells, id, NodeKind.INDIKATOR, name, null, seq);
		put(p, "satuan", cells.text("satuan"));
		measure(p, "baseline", TargetValue.of(cells.text("baseline")));
		targets(cells, p);
		measure(p, "finalTarget", TargetValue.of(cells.text("final_target")));
		put(p, "formula", cells.text("formula"));
		put(p, "dataSource", cells.text("data_source"));
		put(p, "definition", cells.text("definition"));
		put(p, "rationale", cells.text("rationale"));
		IndicatorKind indicatorKind = cells.choice("kind", Cells.INDICATOR_KINDS, false);
		put(p, "indicatorKind", indicatorKind == null ? null : indicatorKind.name());
		Polarity polarity = cells.choice("polarity", Cells.POLARITIES, false);
		put(p, "polarity", polarity == null ? null : polarity.name());
		p.put("iku", Boolean.TRUE.equals(cells.choice("iku", Cells.BOOLEANS, false)));
		// the level comes from the indicator's element or unit, known once the whole file has been read
		return new ImportRow(cells.sheet(), cells.row().number(), id, NodeKind.INDIKATOR, null, p,
				List.of(several(cells, "element", Link.CONTRIBUTES_TO), several(cells, "responsible", Link.RESPONSIBLE_FOR),
						source(cells)));
	}

	/** One realisasi: the indicator it is of (the row's id), year, period, value as written (null removes it). */
	private static ImportRow realisasi(RowCells cells) {
		String indicator = cells.required("indicator");
		if (indicator != null && !Cells.isValidId(indicator)) {
			cells.error("indicator", Code.INVALID_ID, indicator);
		}
		Map<String, Object> p = new LinkedHashMap<>();
		String yearText = cells.required("year");
		Integer year = yearText == null ? null : cells.year("year");
		put(p, "year", year);
		String periodText = cells.required("period");
		Period period = periodText == null ? null : Period.parse(periodText);
		if (periodText != null && period == null) {
			cells.error("period", Code.INVALID_VALUE, periodText, "period", "TW1, TW2, TW3, TW4, YEAR");
		}
		put(p, "period", period);
		put(p, "raw", cells.text("value"));
		put(p, "evidence", cells.text("evidence"));
		put(p, "document", cells.text("document"));
		put(p, "ref", cells.text("source_ref"));
		return new ImportRow(cells.sheet(), cells.row().number(), indicator, null, null, p,
				List.of(single(cells, "document", Link.DOCUMENT)));
	}

	/** The properties every node has; {@code version} is the writer's. */
	private static Map<String, Object> node(RowCells cells, String id, NodeKind kind, String name, Level level, long seq) {
		Map<String, Object> p = new LinkedHashMap<>();
		put(p, "id", id);
		put(p, "kind", kind == null ? null : kind.name());
		put(p, "name", name);
		put(p, "nameKey", SearchText.nameKey(name));
		String code = cells.text("code");
		put(p, "code", code);
		String codeKey = SearchText.codeKey(code);
		put(p, "codeKey", codeKey == null || codeKey.isEmpty() ? null : codeKey);
		put(p, "level", level == null ? null : level.name());
		p.put("seq", seq);
		put(p, "sourceDocument", cells.required("document"));
		put(p, "sourceRef", cells.required("source_ref"));
		return p;
	}

	private static void measure(Map<String, Object> p, String prefix, TargetValue value) {
		if (value != null) {
			p.put(prefix + "Raw", value.raw());
			put(p, prefix + "Value", value.number());
		}
	}

	/** Only years with a value; a target without a number is NaN, as lists in Neo4j cannot hold nulls. */
	private static void targets(RowCells cells, Map<String, Object> p) {
		List<Long> years = new ArrayList<>();
		List<String> raws = new ArrayList<>();
		List<Double> values = new ArrayList<>();
		cells.columns().targets().forEach((year, index) -> {
			TargetValue target = cells.refused(ImportSheet.targetColumn(year)) ? null
					: TargetValue.of(cells.row().cell(index));
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

	private static Reference source(RowCells cells) {
		return single(cells, "document", Link.DOCUMENT);
	}

	private static Reference single(RowCells cells, String column, Link link) {
		String id = cells.text(column);
		return new Reference(column, link, id == null ? List.of() : List.of(id));
	}

	private static Reference several(RowCells cells, String column, Link link) {
		return new Reference(column, link, Cells.ids(cells.text(column)));
	}

	private static void put(Map<String, Object> properties, String name, Object value) {
		if (value != null) {
			properties.put(name, value);
		}
	}

}
