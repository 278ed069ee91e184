package id.pokin.graph;

import java.util.List;
import java.util.Map;

/**
 * The queries of one write transaction ({@link GraphWrites}): rows as plain Java values, as {@link GraphReads}
 * gives them. Besides Cypher, the bulk creations an import makes: in-process they go through Neo4j's Java API,
 * which skips Cypher's planning, parameter conversion and operators (bench/results/2026-12-06.md).
 */
public interface GraphTransaction {

	List<Map<String, Object>> fetch(String cypher, Map<String, Object> parameters);

	void run(String cypher, Map<String, Object> parameters);

	/**
	 * Creates a node with these labels for each map, which holds its properties ({@code null} values are left out,
	 * lists are stored as arrays, as {@code SET n = map} does); returns their element ids in the same order.
	 */
	List<String> createNodes(List<String> labels, List<Map<String, Object>> properties);

	/** Creates a relationship of this type for each link; both ends must exist, or it throws. */
	void createRelationships(String type, List<Link> links);

	/** A relationship to create, from and to nodes by element id. */
	record Link(String from, String to) {
	}

}
