package id.pokin.database;

import java.util.List;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;

/** The queries of the Spring transaction the caller holds, through {@link Neo4jClient} and the driver. */
public final class Neo4jClientTransaction implements GraphTransaction {

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

}
