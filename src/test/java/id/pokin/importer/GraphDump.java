package id.pokin.importer;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import id.pokin.support.TestNeo4j;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;

/** The whole cascade graph as plain values (labels, properties, links), to compare one state with another. */
public record GraphDump(List<Map<String, Object>> nodes, List<Map<String, Object>> relationships) {

	public static GraphDump take() {
		try (Session session = TestNeo4j.driver().session()) {
			List<Map<String, Object>> nodes = session.run("""
					MATCH (n) WHERE NOT n:PokinMigration AND NOT n:Change AND NOT n:PokinLock AND NOT n:CheckedDocument
					RETURN labels(n) AS labels, properties(n) AS properties
					""")
				.list(r -> Map.<String, Object>of("labels", r.get("labels").asList(Value::asString).stream().sorted().toList(),
						"properties", r.get("properties").asMap()))
				.stream()
				.sorted(Comparator.comparing((Map<String, Object> n) -> String.valueOf(((Map<?, ?>) n.get("properties")).get("id")))
					.thenComparing(n -> n.get("labels").toString()))
				.toList();
			List<Map<String, Object>> relationships = session.run("""
					MATCH (a)-[r]->(b) WHERE NOT a:Change
					RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS properties
					ORDER BY from, type, to
					""").list(r -> r.asMap());
			return new GraphDump(nodes, relationships);
		}
	}

	/**
	 * The same graph without the bookkeeping an import sets by itself: {@code seq} (the row's position in its
	 * file) and {@code version} (how often the node changed).
	 */
	@SuppressWarnings("unchecked")
	public GraphDump withoutSeqAndVersion() {
		List<Map<String, Object>> plain = this.nodes.stream().map(node -> {
			Map<String, Object> properties = new java.util.HashMap<>((Map<String, Object>) node.get("properties"));
			properties.remove("seq");
			properties.remove("version");
			// who recorded a realisasi and when: a new recording on every import, as an audit record is
			properties.remove("realisasiBy");
			properties.remove("realisasiAt");
			return Map.<String, Object>of("labels", node.get("labels"), "properties", properties);
		}).toList();
		return new GraphDump(plain, this.relationships);
	}

	public static long count(String cypher) {
		try (Session session = TestNeo4j.driver().session()) {
			return session.run(cypher).single().get(0).asLong();
		}
	}

}
