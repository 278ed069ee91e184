package id.pokin.importer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import id.pokin.audit.ChangeAction;
import id.pokin.audit.ChangeLog;
import id.pokin.coordination.DocumentChanges;
import id.pokin.graph.GraphTransaction;
import id.pokin.importer.Reference.Link;
import id.pokin.node.NodeKind;
import id.pokin.sheet.ImportSheet;

import org.springframework.stereotype.Repository;

/**
 * Writes a checked file into the graph, in the caller's transaction ({@link GraphTransaction}). A node whose
 * properties and links already are what the file says is not touched at all, so importing the same file again
 * changes nothing; any other node gets its properties replaced (a cell emptied in a revised file removes the
 * property), its version raised by one, and the links it owns replaced by the file's: its outgoing CONTRIBUTES_TO
 * and PART_OF, and its incoming RESPONSIBLE_FOR. New nodes and every link are the transaction's bulk creations
 * (Neo4j's Java API in-process: the transaction has just read that the new ids are free, and the unique constraint
 * stands behind that); links run between element ids, which the creations, the MERGE of changed nodes and the
 * checks return. Changed nodes and documents are batched {@code UNWIND} statements; lookups by id carry an index
 * hint, as in {@link GraphLookup}. The nodes and links themselves are written by {@link NodeWrites}.
 */
@Repository
class GraphWriter {

	private static final String MERGE_DOCUMENTS = """
			UNWIND $rows AS row
			MERGE (d:Document {id: row.id})
			SET d = row.properties
			""";

	private static final String CURRENT_DOCUMENTS = """
			UNWIND $ids AS id
			MATCH (d:Document {id: id})
			RETURN d.id AS id, properties(d) AS properties
			""";

	private static final String CURRENT_NODES = """
			UNWIND $ids AS id
			MATCH (n:Node {id: id})
			USING INDEX n:Node(id)
			RETURN n.id AS id, properties(n) AS properties,
			       [(n)-[:CONTRIBUTES_TO]->(p:Node) | p.id] AS contributesTo,
			       [(n)-[:PART_OF]->(p:Node) | p.id] AS partOf,
			       [(u:Node)-[:RESPONSIBLE_FOR]->(n) | u.id] AS responsible
			""";

	/** Realisasi of indicators the file names only in its realisasi sheet; a null property is removed. */
	private static final String SET_REALISASI = """
			UNWIND $rows AS row
			MATCH (n:Node {id: row.id})
			USING INDEX n:Node(id)
			SET n += row.properties
			""";

	private final ChangeLog changeLog;

	GraphWriter(ChangeLog changeLog) {
		this.changeLog = changeLog;
	}

	/**
	 * Writes rows that passed every check; the caller holds the write transaction. Each node created or changed
	 * gets an IMPORT record in the audit trail, by {@code user}.
	 *
	 * @param existing the nodes the checks found in the graph, in this transaction, by id, with their element ids:
	 * only those rows can be a change (the others are read no further), and links to them are written by element id
	 */
	ImportSummary write(GraphTransaction graph, ImportRows rows, Map<String, String> existing, String user) {
		Map<String, Current> current = current(graph,
				rows.nodes().stream().filter(row -> existing.containsKey(row.id())).map(ImportRow::id).toList());
		// an indicator of the file keeps its realisasi, with the realisasi sheet's rows applied
		RealisasiImport realisasi = new RealisasiImport(rows.realisasi(), user);
		rows = new ImportRows(rows.documents(), rows.nodes().stream()
			.map(row -> row.kind() != NodeKind.INDIKATOR ? row
					: realisasi.withRealisasi(row, current.containsKey(row.id()) ? current.get(row.id()).properties() : null))
			.toList(), rows.realisasi());
		ImportPhases.mark("current");
		Set<String> inFile = new HashSet<>();
		rows.nodes().forEach(row -> inFile.add(row.id()));
		List<String> realisasiOnly = realisasi.indicators().stream().filter(id -> !inFile.contains(id)).toList();
		Map<String, Current> realisasiCurrent = current(graph, realisasiOnly);
		List<Map<String, Object>> realisasiChanges = new ArrayList<>();
		List<ChangeLog.Entry> realisasiEntries = new ArrayList<>();
		for (String id : realisasiOnly) {
			Current now = realisasiCurrent.get(id);
			Map<String, Object> after = new HashMap<>(now.properties());
			after.putAll(realisasi.merged(id, now.properties()));
			after.values().removeIf(java.util.Objects::isNull);
			if (!after.equals(now.properties())) {
				Map<String, Object> set = realisasi.merged(id, now.properties());
				set.put("version", now.version() + 1);
				realisasiChanges.add(Map.of("id", id, "properties", set));
				realisasiEntries.add(this.changeLog.entry(user, ChangeAction.IMPORT, id, NodeKind.INDIKATOR.name(),
						now.version() + 1, now.properties(), after));
			}
		}
		List<ImportRow> changed = new ArrayList<>();
		Map<String, Long> versions = new HashMap<>();
		int created = 0;
		for (ImportRow row : rows.nodes()) {
			Current now = current.get(row.id());
			if (now == null) {
				created++;
				versions.put(row.id(), 0L);
				changed.add(row);
			}
			else if (!now.matches(row)) {
				versions.put(row.id(), now.version() + 1);
				changed.add(row);
			}
		}
		ImportPhases.mark("realisasi");
		List<ImportRow> changedDocuments = changedDocuments(graph, rows.documents());
		Set<String> documents = new HashSet<>();
		changedDocuments.forEach(row -> documents.add(row.id()));
		changed.forEach(row -> documents.add((String) row.properties().get("sourceDocument")));
		realisasiChanges.forEach(change -> {
			Object document = realisasiCurrent.get(change.get("id")).properties().get("sourceDocument");
			if (document instanceof String name) {
				documents.add(name);
			}
		});
		documents.addAll(DocumentChanges.ofContributors(graph,
				changed.stream().map(ImportRow::id).filter(current::containsKey).toList()));
		ImportPhases.mark("documents+contributors");
		// first, before any other write: the documents' records are locked in the order every writer takes them
		DocumentChanges.record(graph, documents);
		ImportPhases.mark("record");
		for (List<ImportRow> batch : NodeWrites.batches(changedDocuments)) {
			graph.run(MERGE_DOCUMENTS, Map.of("rows", batch.stream()
				.map(row -> Map.<String, Object>of("id", row.id(), "properties", row.properties()))
				.toList()));
		}
		// the audit texts need nothing from the graph: they are put together on another core while the nodes are
		// written
		CompletableFuture<List<ChangeLog.Entry>> entries = CompletableFuture.supplyAsync(() -> changed.stream()
			.map(row -> auditEntry(row, current.get(row.id()), versions, user))
			.toList());
		Map<String, String> refs = new HashMap<>(existing);
		refs.putAll(NodeWrites.nodes(graph, changed, versions, current.keySet()));
		ImportPhases.mark("nodes");
		NodeWrites.links(graph, changed, current.keySet(), refs);
		ImportPhases.mark("links");
		for (List<Map<String, Object>> batch : NodeWrites.batches(realisasiChanges)) {
			graph.run(SET_REALISASI, Map.of("rows", batch));
		}
		ImportPhases.mark("setRealisasi");
		List<ChangeLog.Entry> all = new ArrayList<>(joined(entries));
		all.addAll(realisasiEntries);
		ImportPhases.mark("auditTexts");
		this.changeLog.record(graph, all);
		ImportPhases.mark("audit");
		int updated = changed.size() - created + realisasiChanges.size();
		return new ImportSummary(rows.count(ImportSheet.DOCUMENTS), rows.count(ImportSheet.UNITS),
				rows.count(ImportSheet.ELEMENTS), rows.count(ImportSheet.INDICATORS), created, updated,
				rows.nodes().size() - changed.size());
	}

	private ChangeLog.Entry auditEntry(ImportRow row, Current now, Map<String, Long> versions, String user) {
		return this.changeLog.entry(user, ChangeAction.IMPORT, row.id(), row.kind().name(), versions.get(row.id()),
				now == null ? Map.of() : now.withLinks(), withLinks(row.properties(), row.targets(Link.CONTRIBUTES_TO),
						row.targets(Link.PART_OF), row.targets(Link.RESPONSIBLE_FOR)));
	}

	/** The value, or what it threw, as thrown. */
	private static <T> T joined(CompletableFuture<T> future) {
		try {
			return future.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			if (ex.getCause() instanceof Error cause) {
				throw cause;
			}
			throw ex;
		}
	}

	/** The document rows that are new or differ from the graph's documents: only those are written. */
	@SuppressWarnings("unchecked")
	private static List<ImportRow> changedDocuments(GraphTransaction graph, List<ImportRow> rows) {
		Map<String, Map<String, Object>> now = new HashMap<>();
		for (List<ImportRow> batch : NodeWrites.batches(rows)) {
			for (Map<String, Object> found : graph.fetch(CURRENT_DOCUMENTS,
					Map.of("ids", batch.stream().map(ImportRow::id).toList()))) {
				now.put((String) found.get("id"), (Map<String, Object>) found.get("properties"));
			}
		}
		return rows.stream().filter(row -> !row.properties().equals(now.get(row.id()))).toList();
	}

	private static Map<String, Current> current(GraphTransaction graph, List<String> nodeIds) {
		Map<String, Current> current = new HashMap<>();
		for (List<String> ids : NodeWrites.batches(nodeIds)) {
			for (Map<String, Object> found : graph.fetch(CURRENT_NODES, Map.of("ids", ids))) {
				current.put((String) found.get("id"), Current.of(found));
			}
		}
		return current;
	}

	/** The properties with the links a row owns, as the audit trail names them. */
	private static Map<String, Object> withLinks(Map<String, Object> properties, List<String> contributesTo,
			List<String> partOf, List<String> responsible) {
		Map<String, Object> all = new LinkedHashMap<>(properties);
		putSorted(all, "contributesTo", contributesTo);
		putSorted(all, "parent", partOf);
		putSorted(all, "responsibleUnits", responsible);
		return all;
	}

	private static void putSorted(Map<String, Object> all, String key, List<String> ids) {
		if (ids != null && !ids.isEmpty()) {
			all.put(key, ids.stream().sorted().toList());
		}
	}

	/** A node as the graph holds it now. */
	private record Current(long version, Map<String, Object> properties, List<String> contributesTo,
			List<String> partOf, List<String> responsible) {

		@SuppressWarnings("unchecked")
		static Current of(Map<String, Object> found) {
			Map<String, Object> properties = new HashMap<>((Map<String, Object>) found.get("properties"));
			Object version = properties.remove("version");
			return new Current(version instanceof Number n ? n.longValue() : 0L, properties,
					(List<String>) found.get("contributesTo"), (List<String>) found.get("partOf"),
					(List<String>) found.get("responsible"));
		}

		Map<String, Object> withLinks() {
			return GraphWriter.withLinks(this.properties, this.contributesTo, this.partOf, this.responsible);
		}

		/** Whether the node already is what the row says, properties and owned links alike. */
		boolean matches(ImportRow row) {
			return this.properties.equals(row.properties())
					&& sameIds(this.contributesTo, row.targets(Link.CONTRIBUTES_TO))
					&& sameIds(this.partOf, row.targets(Link.PART_OF))
					&& sameIds(this.responsible, row.targets(Link.RESPONSIBLE_FOR));
		}

		private static boolean sameIds(Collection<String> graph, List<String> file) {
			return graph.size() == file.size() && new HashSet<>(graph).equals(new HashSet<>(file));
		}

	}

}
