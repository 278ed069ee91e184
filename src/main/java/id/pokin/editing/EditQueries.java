package id.pokin.editing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.pokin.coordination.DocumentChanges;
import id.pokin.node.NodeKind;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/**
 * The Cypher of editing, all run in the caller's write transaction. A node is locked before it is read
 * ({@code SET n._lock}: Neo4j takes the write lock on the first write and holds it to the commit), so the
 * version compared is the latest committed one and two updates of one node run one after the other.
 */
@Repository
class EditQueries {

	private static final String LOCK_AND_READ = """
			MATCH (n:Node {id: $id})
			SET n._lock = true
			RETURN properties(n) AS properties
			""";

	private static final String FIND = """
			UNWIND $ids AS id
			OPTIONAL MATCH (n:Node {id: id})
			RETURN id, n.kind AS kind, n.version AS version, n.sourceDocument AS document
			""";

	private static final String OWNED = """
			UNWIND $ids AS id
			MATCH (n:Node {id: id})
			OPTIONAL MATCH (pd:Node {id: $perangkatDaerah})
			RETURN id, pd:Unit AND CASE
			    WHEN n:Unit THEN EXISTS { (n)-[:PART_OF*0..]->(pd) }
			    ELSE EXISTS { (n)<-[:RESPONSIBLE_FOR]-(:Unit)-[:PART_OF*0..]->(pd) }
			      OR (NOT EXISTS { (n)<-[:RESPONSIBLE_FOR]-(:Unit) } AND n.sourceDocument = pd.sourceDocument)
			  END AS owned
			""";

	private static final String PERIOD = """
			MATCH (d:Document {id: $document})
			RETURN d.periodStart AS start, d.periodEnd AS end
			""";

	private static final String DOCUMENT_EXISTS = """
			RETURN EXISTS { MATCH (:Document {id: $document}) } AS exists
			""";

	private static final Map<NodeKind, String> CREATE = Map.of(
			NodeKind.TUJUAN, "CREATE (n:Node:Element:Tujuan) SET n = $properties",
			NodeKind.SASARAN, "CREATE (n:Node:Element:Sasaran) SET n = $properties",
			NodeKind.KONDISI, "CREATE (n:Node:Element:Kondisi) SET n = $properties",
			NodeKind.INDIKATOR, "CREATE (n:Node:Indikator) SET n = $properties",
			NodeKind.UNIT, "CREATE (n:Node:Unit) SET n = $properties");

	/** Setting every property at once also drops the lock property. An element's kind is also its label. */
	private static final Map<NodeKind, String> REPLACE = Map.of(NodeKind.TUJUAN, """
			MATCH (n:Node {id: $id}) SET n = $properties REMOVE n:Sasaran:Kondisi SET n:Tujuan
			""", NodeKind.SASARAN, """
			MATCH (n:Node {id: $id}) SET n = $properties REMOVE n:Tujuan:Kondisi SET n:Sasaran
			""", NodeKind.KONDISI, """
			MATCH (n:Node {id: $id}) SET n = $properties REMOVE n:Tujuan:Sasaran SET n:Kondisi
			""", NodeKind.INDIKATOR, """
			MATCH (n:Node {id: $id}) SET n = $properties
			""", NodeKind.UNIT, """
			MATCH (n:Node {id: $id}) SET n = $properties
			""");

	private static final String UNLOCK = """
			UNWIND $ids AS id
			MATCH (n:Node {id: id})
			REMOVE n._lock
			""";

	private static final String NEIGHBOURS = """
			MATCH (n:Node {id: $id})
			RETURN [(n)-[:CONTRIBUTES_TO]->(p) | p.id] AS contributesTo,
			       [(n)<-[:CONTRIBUTES_TO]-(c) | c.id] AS contributors,
			       [(u)-[:RESPONSIBLE_FOR]->(n) | u.id] AS responsibleUnits,
			       [(n)-[:RESPONSIBLE_FOR]->(x) | x.id] AS responsibleFor,
			       [(n)-[:PART_OF]->(p) | p.id] AS parent,
			       [(n)<-[:PART_OF]-(s) | s.id] AS subUnits
			""";

	private static final String DELETE = """
			MATCH (n:Node {id: $id})
			DETACH DELETE n
			""";

	/** Taken by every link mutation first: link changes run one at a time, so their cycle checks hold. */
	private static final String LINK_LOCK = """
			MERGE (l:PokinLock {name: 'links'})
			SET l.lockedAt = timestamp()
			""";

	private static final Map<LinkType, String> WAY_UP = Map.of(LinkType.CONTRIBUTES_TO, """
			MATCH (from:Node {id: $from}), (to:Node {id: $to})
			MATCH way = shortestPath((from)-[:CONTRIBUTES_TO*]->(to))
			RETURN [n IN nodes(way) | n.id] AS ids
			""", LinkType.PART_OF, """
			MATCH (from:Node {id: $from}), (to:Node {id: $to})
			MATCH way = shortestPath((from)-[:PART_OF*]->(to))
			RETURN [n IN nodes(way) | n.id] AS ids
			""");

	private static final Map<LinkType, String> LINKED = Map.of(LinkType.CONTRIBUTES_TO, """
			MATCH (:Node {id: $from})-[link:CONTRIBUTES_TO]->(:Node {id: $to}) RETURN count(link) > 0 AS linked
			""", LinkType.RESPONSIBLE_FOR, """
			MATCH (:Node {id: $from})-[link:RESPONSIBLE_FOR]->(:Node {id: $to}) RETURN count(link) > 0 AS linked
			""", LinkType.PART_OF, """
			MATCH (:Node {id: $from})-[link:PART_OF]->(:Node {id: $to}) RETURN count(link) > 0 AS linked
			""");

	private static final Map<LinkType, String> LINK = Map.of(LinkType.CONTRIBUTES_TO, """
			MATCH (from:Node {id: $from}), (to:Node {id: $to}) CREATE (from)-[:CONTRIBUTES_TO]->(to)
			""", LinkType.RESPONSIBLE_FOR, """
			MATCH (from:Node {id: $from}), (to:Node {id: $to}) CREATE (from)-[:RESPONSIBLE_FOR]->(to)
			""", LinkType.PART_OF, """
			MATCH (from:Node {id: $from}), (to:Node {id: $to}) CREATE (from)-[:PART_OF]->(to)
			""");

	private static final Map<LinkType, String> UNLINK = Map.of(LinkType.CONTRIBUTES_TO, """
			MATCH (:Node {id: $from})-[link:CONTRIBUTES_TO]->(:Node {id: $to}) DELETE link
			""", LinkType.RESPONSIBLE_FOR, """
			MATCH (:Node {id: $from})-[link:RESPONSIBLE_FOR]->(:Node {id: $to}) DELETE link
			""", LinkType.PART_OF, """
			MATCH (:Node {id: $from})-[link:PART_OF]->(:Node {id: $to}) DELETE link
			""");

	private final Neo4jClient client;

	EditQueries(Neo4jClient client) {
		this.client = client;
	}

	void recordDocumentChanges(List<String> documents) {
		DocumentChanges.record(this.client, documents);
	}

	List<String> contributorsDocuments(String id) {
		return DocumentChanges.ofContributors(this.client, List.of(id));
	}

	/** The node's properties, read after taking its write lock; empty when there is no such node. */
	Optional<Map<String, Object>> lockAndRead(String id) {
		return this.client.query(LOCK_AND_READ).bind(id).to("id").fetch().one().map(row -> {
			@SuppressWarnings("unchecked")
			Map<String, Object> properties = new HashMap<>((Map<String, Object>) row.get("properties"));
			properties.remove("_lock");
			return properties;
		});
	}

	/** Each id with what it is; an unknown id has a null kind. */
	Map<String, Found> find(List<String> ids) {
		Map<String, Found> found = new HashMap<>();
		for (Map<String, Object> row : this.client.query(FIND).bind(ids).to("ids").fetch().all()) {
			String kind = (String) row.get("kind");
			found.put((String) row.get("id"), new Found((String) row.get("id"), kind == null ? null : NodeKind.valueOf(kind),
					row.get("version") instanceof Number n ? n.longValue() : 0L, (String) row.get("document")));
		}
		return found;
	}

	/** The ids among {@code ids} that lie outside the perangkat daerah (as {@code OWNED} defines it). */
	List<String> notOwned(List<String> ids, String perangkatDaerah) {
		List<String> outside = new ArrayList<>();
		this.client.query(OWNED)
			.bindAll(Map.of("ids", ids, "perangkatDaerah", perangkatDaerah))
			.fetch()
			.all()
			.forEach(row -> {
				if (!Boolean.TRUE.equals(row.get("owned"))) {
					outside.add((String) row.get("id"));
				}
			});
		return outside;
	}

	/** The plan period of a document, as {@code [start, end]} with nulls where unknown. */
	Long[] period(String document) {
		if (document == null) {
			return new Long[2];
		}
		return this.client.query(PERIOD).bind(document).to("document").fetch().one()
			.map(row -> new Long[] { number(row.get("start")), number(row.get("end")) })
			.orElse(new Long[2]);
	}

	boolean documentExists(String document) {
		return this.client.query(DOCUMENT_EXISTS).bind(document).to("document").fetch().one()
			.map(row -> Boolean.TRUE.equals(row.get("exists")))
			.orElse(false);
	}

	void create(NodeKind kind, Map<String, Object> properties) {
		this.client.query(CREATE.get(kind)).bind(properties).to("properties").run();
	}

	void replace(NodeKind kind, String id, Map<String, Object> properties) {
		this.client.query(REPLACE.get(kind)).bindAll(Map.of("id", id, "properties", properties)).run();
	}

	void unlock(List<String> ids) {
		this.client.query(UNLOCK).bind(ids).to("ids").run();
	}

	@SuppressWarnings("unchecked")
	Map<String, List<String>> neighbours(String id) {
		Map<String, List<String>> neighbours = new HashMap<>();
		this.client.query(NEIGHBOURS).bind(id).to("id").fetch().one()
			.ifPresent(row -> row.forEach((key, value) -> neighbours.put(key, (List<String>) value)));
		return neighbours;
	}

	void delete(String id) {
		this.client.query(DELETE).bind(id).to("id").run();
	}

	void lockLinks() {
		this.client.query(LINK_LOCK).run();
	}

	/** The shortest way up {@code type} links from one node to another, as ids; empty when there is none. */
	@SuppressWarnings("unchecked")
	List<String> wayUp(LinkType type, String from, String to) {
		return this.client.query(WAY_UP.get(type))
			.bindAll(Map.of("from", from, "to", to))
			.fetch()
			.one()
			.map(row -> (List<String>) row.get("ids"))
			.orElse(List.of());
	}

	boolean linked(LinkType type, String from, String to) {
		return this.client.query(LINKED.get(type)).bindAll(Map.of("from", from, "to", to)).fetch().one()
			.map(row -> Boolean.TRUE.equals(row.get("linked")))
			.orElse(false);
	}

	void link(LinkType type, String from, String to) {
		this.client.query(LINK.get(type)).bindAll(Map.of("from", from, "to", to)).run();
	}

	void unlink(LinkType type, String from, String to) {
		this.client.query(UNLINK.get(type)).bindAll(Map.of("from", from, "to", to)).run();
	}

	private static Long number(Object value) {
		return value instanceof Number n ? n.longValue() : null;
	}

	/** A node named by an edit: its kind (null when it does not exist), version and source document. */
	record Found(String id, NodeKind kind, long version, String document) {

		boolean exists() {
			return this.kind != null;
		}

	}

}
