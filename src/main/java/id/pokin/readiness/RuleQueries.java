package id.pokin.readiness;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import id.pokin.cascade.CascadeNode;
import id.pokin.cascade.NodeMapper;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/** Runs the rules' Cypher; every call is one query, whatever the size of the scope. */
@Repository
class RuleQueries {

	private static final String NODES = """
			UNWIND $ids AS id
			MATCH (n:Node {id: id})
			RETURN n {.*} AS node
			""";

	private final Neo4jClient client;

	RuleQueries(Neo4jClient client) {
		this.client = client;
	}

	Neo4jClient client() {
		return this.client;
	}

	List<Map<String, Object>> rows(String cypher, Map<String, Object> parameters) {
		return List.copyOf(this.client.query(cypher).bindAll(parameters).fetch().all());
	}

	@SuppressWarnings("unchecked")
	List<CascadeNode> nodes(Collection<String> ids) {
		return this.client.query(NODES)
			.bind(List.copyOf(ids))
			.to("ids")
			.fetch()
			.all()
			.stream()
			.map(row -> NodeMapper.toNode((Map<String, Object>) row.get("node")))
			.toList();
	}

}
