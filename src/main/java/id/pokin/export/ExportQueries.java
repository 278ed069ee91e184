package id.pokin.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import id.pokin.capaian.Realisasi;
import id.pokin.capaian.RealisasiLists;
import id.pokin.sheet.ImportSheet;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the rows of an export, sheet by sheet, in the import format's words (the reverse of {@link RowParser}):
 * documents by id; units, elements and indicators by source document, then document order ({@code seq}), then
 * id. Several-value cells are sorted by id, except that of an indicator's elements (and responsible units)
 * the first, by id, that sits at the indicator's own level comes first: the importer takes an indicator's level
 * from its first element (or, without one, its first responsible unit), so the level survives the round trip. Runs in the caller's (read-only) transaction.
 */
@Repository
class ExportQueries {

	private static final String DOCUMENTS = """
			UNWIND $ids AS id
			MATCH (document:Document {id: id})
			USING INDEX document:Document(id)
			RETURN document {.*} AS properties
			ORDER BY document.id
			""";

	private static final String UNITS = """
			UNWIND $ids AS id
			MATCH (n:Node {id: id})
			USING INDEX n:Node(id)
			WHERE n:Unit
			RETURN n {.*} AS properties, [(n)-[:PART_OF]->(parent:Node) | parent.id] AS parent
			ORDER BY n.sourceDocument, n.seq, n.id
			""";

	private static final String ELEMENTS = """
			UNWIND $ids AS id
			MATCH (n:Node {id: id})
			USING INDEX n:Node(id)
			WHERE n:Element
			RETURN n {.*} AS properties,
			       [(n)-[:CONTRIBUTES_TO]->(parent:Node) | parent.id] AS parents,
			       [(unit:Node)-[:RESPONSIBLE_FOR]->(n) | {id: unit.id, name: unit.name}] AS responsible
			ORDER BY n.sourceDocument, n.seq, n.id
			""";

	private static final String INDICATORS = """
			UNWIND $ids AS id
			MATCH (n:Node {id: id})
			USING INDEX n:Node(id)
			WHERE n:Indikator
			RETURN n {.*} AS properties,
			       [(n)-[:CONTRIBUTES_TO]->(element:Node) | {id: element.id, level: element.level}] AS element,
			       [(unit:Node)-[:RESPONSIBLE_FOR]->(n) | {id: unit.id, level: unit.level, name: unit.name}] AS responsible
			ORDER BY n.sourceDocument, n.seq, n.id
			""";

	private final Neo4jClient client;

	ExportQueries(Neo4jClient client) {
		this.client = client;
	}

	/**
	 * The four sheets, in the format's order, and a fifth, realisasi, when an indicator of the scope has any (so an
	 * export of a graph without realisasi is the file it always was).
	 */
	List<ExportTable> tables(ExportScope.Contents contents) {
		List<String> nodes = List.copyOf(contents.nodes());
		List<Map<String, Object>> realisasi = new ArrayList<>();
		List<ExportTable> tables = new ArrayList<>(List.of(documents(List.copyOf(contents.documents())), units(nodes),
				elements(nodes), indicators(nodes, realisasi)));
		if (!realisasi.isEmpty()) {
			tables.add(ExportTable.of(ImportSheet.REALISASI, List.of(), realisasi));
		}
		return List.copyOf(tables);
	}

	private ExportTable documents(List<String> ids) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Map<String, Object> found : fetch(DOCUMENTS, ids)) {
			Map<String, Object> p = properties(found);
			Map<String, Object> row = new HashMap<>();
			row.put("id", p.get("id"));
			row.put("title", p.get("title"));
			row.put("number", p.get("number"));
			row.put("issuer", p.get("issuer"));
			row.put("region", p.get("region"));
			row.put("period_start", p.get("periodStart"));
			row.put("period_end", p.get("periodEnd"));
			row.put("source_file", p.get("sourceFile"));
			rows.add(row);
		}
		return ExportTable.export(ImportSheet.DOCUMENTS, List.of(), rows);
	}

	private ExportTable units(List<String> ids) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Map<String, Object> found : fetch(UNITS, ids)) {
			Map<String, Object> p = properties(found);
			Map<String, Object> row = node(p);
			row.put("parent", sortedIds(found.get("parent")));
			rows.add(row);
		}
		return ExportTable.export(ImportSheet.UNITS, List.of(), rows);
	}

	private ExportTable elements(List<String> ids) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Map<String, Object> found : fetch(ELEMENTS, ids)) {
			Map<String, Object> p = properties(found);
			Map<String, Object> row = node(p);
			row.put("kind", p.get("kind"));
			row.put("parents", sortedIds(found.get("parents")));
			String responsible = sortedIds(list(found.get("responsible")).stream().map(unit -> ((Map<?, ?>) unit).get("id")).toList());
			row.put("responsible", responsible);
			row.put(ImportSheet.RESPONSIBLE_NAME, names(responsible, found.get("responsible")));
			row.put("description", p.get("description"));
			row.put("problems", p.get("problems"));
			rows.add(row);
		}
		return ExportTable.export(ImportSheet.ELEMENTS, List.of(), rows);
	}

	private ExportTable indicators(List<String> ids, List<Map<String, Object>> realisasi) {
		List<Map<String, Object>> rows = new ArrayList<>();
		TreeSet<Integer> years = new TreeSet<>();
		for (Map<String, Object> found : fetch(INDICATORS, ids)) {
			Map<String, Object> p = properties(found);
			Map<String, Object> row = node(p);
			Object level = p.get("level");
			row.put("element", levelFirst(found.get("element"), level));
			row.put("satuan", p.get("satuan"));
			row.put("baseline", p.get("baselineRaw"));
			List<?> targetYears = list(p.get("targetYears"));
			List<?> targetRaw = list(p.get("targetRaw"));
			for (int i = 0; i < targetYears.size() && i < targetRaw.size(); i++) {
				int year = ((Number) targetYears.get(i)).intValue();
				years.add(year);
				row.put(ImportSheet.targetColumn(year), targetRaw.get(i));
			}
			row.put("final_target", p.get("finalTargetRaw"));
			row.put("formula", p.get("formula"));
			row.put("data_source", p.get("dataSource"));
			row.put("definition", p.get("definition"));
			row.put("rationale", p.get("rationale"));
			String responsible = levelFirst(found.get("responsible"), level);
			row.put("responsible", responsible);
			row.put(ImportSheet.RESPONSIBLE_NAME, names(responsible, found.get("responsible")));
			row.put("kind", p.get("indicatorKind"));
			row.put("polarity", p.get("polarity"));
			row.put("iku", Boolean.TRUE.equals(p.get("iku")) ? "TRUE" : null);
			rows.add(row);
			for (Realisasi r : RealisasiLists.read(p).values()) {
				Map<String, Object> line = new HashMap<>();
				line.put("indicator", p.get("id"));
				line.put("year", (long) r.year());
				line.put("period", r.period().name());
				line.put("value", r.raw());
				line.put("evidence", r.evidence());
				line.put("document", r.document());
				line.put("source_ref", r.ref());
				realisasi.add(line);
			}
		}
		return ExportTable.export(ImportSheet.INDICATORS, years, rows);
	}

	/** The cells every unit, element and indicator has. */
	private static Map<String, Object> node(Map<String, Object> p) {
		Map<String, Object> row = new HashMap<>();
		row.put("id", p.get("id"));
		row.put("name", p.get("name"));
		row.put("code", p.get("code"));
		row.put("level", p.get("level"));
		row.put("document", p.get("sourceDocument"));
		row.put("source_ref", p.get("sourceRef"));
		return row;
	}

	private List<Map<String, Object>> fetch(String cypher, List<String> ids) {
		return List.copyOf(this.client.query(cypher).bind(ids).to("ids").fetch().all());
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> properties(Map<String, Object> found) {
		return (Map<String, Object>) found.get("properties");
	}

	private static List<?> list(Object value) {
		return value instanceof List<?> list ? list : List.of();
	}

	/** A several-values cell: the ids sorted, {@code ;}-separated, or {@code null} for none. */
	private static String sortedIds(Object ids) {
		List<String> sorted = list(ids).stream().map(Object::toString).sorted().distinct().toList();
		return sorted.isEmpty() ? null : String.join(";", sorted);
	}

	/**
	 * Linked nodes ({@code {id, level}}) sorted by id, but with the first of them at the given level in front.
	 * Importing the cell gives the level back, so exporting again gives the same cell.
	 */
	private static String levelFirst(Object links, Object level) {
		List<Link> sorted = list(links).stream()
			.map(link -> (Map<?, ?>) link)
			.map(link -> new Link(link.get("id").toString(), link.get("level")))
			.sorted(Comparator.comparing(Link::id))
			.toList();
		List<String> ids = new ArrayList<>();
		sorted.stream()
			.filter(link -> level != null && level.equals(link.level()))
			.findFirst()
			.ifPresent(first -> ids.add(first.id()));
		sorted.forEach(link -> ids.add(link.id()));
		List<String> distinct = ids.stream().distinct().toList();
		return distinct.isEmpty() ? null : String.join(";", distinct);
	}

	/**
	 * The names of the units of a {@code responsible} cell, in its order, {@code ;}-separated (as the ids are): the
	 * column a reader of the export looks at, which the import skips.
	 */
	private static String names(String ids, Object units) {
		if (ids == null) {
			return null;
		}
		Map<String, String> byId = new HashMap<>();
		list(units).forEach(unit -> {
			Map<?, ?> u = (Map<?, ?>) unit;
			byId.put(u.get("id").toString(), u.get("name") == null ? u.get("id").toString() : u.get("name").toString());
		});
		return String.join("; ", List.of(ids.split(";")).stream().map(id -> byId.getOrDefault(id, id)).toList());
	}

	/** A linked node and its level. */
	private record Link(String id, Object level) {
	}

}
