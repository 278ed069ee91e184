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
 * hint, as in {@link GraphLookup}.
 */
@Repository
class GraphWriter {

	private static final int BATCH_SIZE = 1000;

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

	private static final Map<NodeKind, String> MERGE_NODES = Map.of(NodeKind.UNIT, """
			UNWIND $rows AS row
			MERGE (n:Node {id: row.id})
			SET n = row.properties
			SET n:Unit
			RETURN row.id AS id, elementId(n) AS ref
			""", NodeKind.TUJUAN, """
			UNWIND $rows AS row
			MERGE (n:Node {id: row.id})
			SET n = row.properties
			SET n:Element:Tujuan
			REMOVE n:Sasaran:Kondisi
			RETURN row.id AS id, elementId(n) AS ref
			""", NodeKind.SASARAN, """
			UNWIND $rows AS row
			MERGE (n:Node {id: row.id})
			SET n = row.properties
			SET n:Element:Sasaran
			REMOVE n:Tujuan:Kondisi
			RETURN row.id AS id, elementId(n) AS ref
			""", NodeKind.KONDISI, """
			UNWIND $rows AS row
			MERGE (n:Node {id: row.id})
			SET n = row.properties
			SET n:Element:Kondisi
			REMOVE n:Tujuan:Sasaran
			RETURN row.id AS id, elementId(n) AS ref
			""", NodeKind.INDIKATOR, """
			UNWIND $rows AS row
			MERGE (n:Node {id: row.id})
			SET n = row.properties
			SET n:Indikator
			RETURN row.id AS id, elementId(n) AS ref
			""");

	/** Realisasi of indicators the file names only in its realisasi sheet; a null property is removed. */
	private static final String SET_REALISASI = """
			UNWIND $rows AS row
			MATCH (n:Node {id: row.id})
			USING INDEX n:Node(id)
			SET n += row.properties
			""";

	private static final String DELETE_OWNED_LINKS = """
			UNWIND $ids AS id
			MATCH (n:Node {id: id})
			USING INDEX n:Node(id)
			CALL (n) {
			  MATCH (n)-[up:CONTRIBUTES_TO|PART_OF]->()
			  DELETE up
			}
			CALL (n) {
			  MATCH (n)<-[responsible:RESPONSIBLE_FOR]-()
			  DELETE responsible
			}
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
		// first, before any other write: the documents' records are locked in the order every writer takes them
		DocumentChanges.record(graph, documents);
		for (List<ImportRow> batch : batches(changedDocuments)) {
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
		refs.putAll(writeNodes(graph, changed, versions, current.keySet()));
		writeLinks(graph, changed, current.keySet(), refs);
		for (List<Map<String, Object>> batch : batches(realisasiChanges)) {
			graph.run(SET_REALISASI, Map.of("rows", batch));
		}
		List<ChangeLog.Entry> all = new ArrayList<>(joined(entries));
		all.addAll(realisasiEntries);
		this.changeLog.record(graph, all);
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
		for (List<ImportRow> batch : batches(rows)) {
			for (Map<String, Object> found : graph.fetch(CURRENT_DOCUMENTS,
					Map.of("ids", batch.stream().map(ImportRow::id).toList()))) {
				now.put((String) found.get("id"), (Map<String, Object>) found.get("properties"));
			}
		}
		return rows.stream().filter(row -> !row.properties().equals(now.get(row.id()))).toList();
	}

	private static Map<String, Current> current(GraphTransaction graph, List<String> nodeIds) {
		Map<String, Current> current = new HashMap<>();
		for (List<String> ids : batches(nodeIds)) {
			for (Map<String, Object> found : graph.fetch(CURRENT_NODES, Map.of("ids", ids))) {
				current.put((String) found.get("id"), Current.of(found));
			}
		}
		return current;
	}

	/** Returns the written nodes' element ids, by id. */
	private static Map<String, String> writeNodes(GraphTransaction graph, List<ImportRow> changed,
			Map<String, Long> versions, Set<String> existing) {
		Map<String, String> refs = new HashMap<>();
		for (NodeKind kind : NodeKind.values()) {
			List<ImportRow> created = changed.stream()
				.filter(row -> row.kind() == kind && !existing.contains(row.id()))
				.toList();
			List<String> createdRefs = graph.createNodes(kind.labels(),
					created.stream().map(row -> withVersion(row, versions)).toList());
			for (int i = 0; i < created.size(); i++) {
				refs.put(created.get(i).id(), createdRefs.get(i));
			}
			List<ImportRow> updated = changed.stream()
				.filter(row -> row.kind() == kind && existing.contains(row.id()))
				.toList();
			for (List<ImportRow> batch : batches(updated)) {
				graph.fetch(MERGE_NODES.get(kind), Map.of("rows", batch.stream()
					.map(row -> Map.<String, Object>of("id", row.id(), "properties", withVersion(row, versions)))
					.toList())).forEach(node -> refs.put((String) node.get("id"), (String) node.get("ref")));
			}
		}
		return refs;
	}

	private static Map<String, Object> withVersion(ImportRow row, Map<String, Long> versions) {
		Map<String, Object> properties = new LinkedHashMap<>(row.properties());
		properties.put("version", versions.get(row.id()));
		return properties;
	}

	/**
	 * A changed node's owned links are deleted and written again from its row; a new node has none to delete. So
	 * every link written is new: CREATE, not MERGE (which would look for it first).
	 */
	private static void writeLinks(GraphTransaction graph, List<ImportRow> changed, Set<String> existing,
			Map<String, String> refs) {
		List<String> updated = changed.stream().map(ImportRow::id).filter(existing::contains).toList();
		for (List<String> batch : batches(updated)) {
			graph.run(DELETE_OWNED_LINKS, Map.of("ids", batch));
		}
		for (Link link : List.of(Link.CONTRIBUTES_TO, Link.PART_OF, Link.RESPONSIBLE_FOR)) {
			List<GraphTransaction.Link> links = new ArrayList<>();
			for (ImportRow row : changed) {
				for (String target : row.targets(link)) {
					// responsibility runs from the unit to what it answers for
					String from = link == Link.RESPONSIBLE_FOR ? target : row.id();
					String to = link == Link.RESPONSIBLE_FOR ? row.id() : target;
					links.add(new GraphTransaction.Link(ref(refs, from), ref(refs, to)));
				}
			}
			graph.createRelationships(link.name(), links);
		}
	}

	/** Every end of a link is a row of the file or a node the checks found: a missing one is a bug, not bad input. */
	private static String ref(Map<String, String> refs, String id) {
		String ref = refs.get(id);
		if (ref == null) {
			throw new IllegalStateException("No node '" + id + "' to link, neither written nor found by the checks");
		}
		return ref;
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

	private static <T> List<List<T>> batches(List<T> items) {
		List<List<T>> batches = new ArrayList<>();
		for (int start = 0; start < items.size(); start += BATCH_SIZE) {
			batches.add(items.subList(start, Math.min(items.size(), start + BATCH_SIZE)));
		}
		return batches;
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
