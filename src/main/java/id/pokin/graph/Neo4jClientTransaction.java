package id.pokin.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;

/** The queries of the Spring transaction the caller holds, through {@link Neo4jClient} and the driver. */
public final class Neo4jClientTransaction implements GraphTransaction {

	private static final int BATCH_SIZE = 1000;

	/** By position, so that each element id goes back to its map whatever order the rows come in. */
	private static final String CREATE_NODES = """
			UNWIND range(0, size($rows) - 1) AS i
			CREATE (n:$($labels))
			SET n = $rows[i]
			RETURN i, elementId(n) AS ref
			""";

	private static final String CREATE_RELATIONSHIPS = """
			UNWIND $links AS link
			MATCH (from) WHERE elementId(from) = link.from
			MATCH (to) WHERE elementId(to) = link.to
			CREATE (from)-[:$($type)]->(to)
			RETURN count(*) AS created
			""";

	private final Neo4jClient client;

	public Neo4jClientTransaction(Neo4jClient client) {
		this.client = client;
	}

	@Override
	public List<Map<String, Object>> fetch(String cypher, Map<String, Object> parameters) {
		return List.copyOf(this.client.query(cypher).bindAll(parameters).fetch().all());
	}

	@Override
	public void run(String cypher, Map<String, Object> parameters) {
		this.client.query(cypher).bindAll(parameters).run();
	}

	@Override
	public List<String> createNodes(List<String> labels, List<Map<String, Object>> properties) {
		String[] refs = new String[properties.size()];
		for (int start = 0; start < properties.size(); start += BATCH_SIZE) {
			List<Map<String, Object>> batch = properties.subList(start,
					Math.min(properties.size(), start + BATCH_SIZE));
			for (Map<String, Object> row : fetch(CREATE_NODES, Map.of("labels", labels, "rows", batch))) {
				refs[start + ((Number) row.get("i")).intValue()] = (String) row.get("ref");
			}
		}
		return Arrays.asList(refs);
	}

	@Override
	public void createRelationships(String type, List<Link> links) {
		for (int start = 0; start < links.size(); start += BATCH_SIZE) {
			List<Map<String, Object>> batch = new ArrayList<>();
			links.subList(start, Math.min(links.size(), start + BATCH_SIZE))
				.forEach(link -> batch.add(Map.of("from", link.from(), "to", link.to())));
			long created = ((Number) fetch(CREATE_RELATIONSHIPS, Map.of("type", type, "links", batch)).get(0)
				.get("created")).longValue();
			if (created != batch.size()) {
				throw new IllegalStateException("Created " + created + " of " + batch.size() + " " + type
						+ " relationships: an end is missing");
			}
		}
	}

}
