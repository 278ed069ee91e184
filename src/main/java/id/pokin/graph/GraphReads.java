package id.pokin.graph;

import java.util.List;
import java.util.Map;

/**
 * A read request that is one query, run on its own (not in a caller's transaction): its rows as plain Java values
 * (strings, numbers, booleans, lists, maps, java.time values; never a node or relationship, so queries return
 * projections). With the embedded default it runs in the application's process ({@link InProcessReads}); with a
 * server or cluster through the driver ({@link AutoCommitReads}). {@link GraphAccessConfiguration} chooses.
 */
public interface GraphReads {

	/** With the requests' timeout ({@code pokin.graphql.timeout-seconds}). */
	List<Map<String, Object>> list(String cypher, Map<String, Object> parameters);

	/** With no timeout of its own: for a check of a whole graph (readiness), which takes what the graph needs. */
	List<Map<String, Object>> listUnbounded(String cypher, Map<String, Object> parameters);

}
