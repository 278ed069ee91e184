package id.pokin.database;

import java.util.List;
import java.util.Map;

/**
 * The queries of one write transaction ({@link GraphWrites}): rows as plain Java values, as {@link GraphReads}
 * gives them.
 */
public interface GraphTransaction {

	List<Map<String, Object>> fetch(String cypher, Map<String, Object> parameters);

	void run(String cypher, Map<String, Object> parameters);

}
