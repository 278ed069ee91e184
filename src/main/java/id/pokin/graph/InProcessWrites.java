package id.pokin.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import org.neo4j.dbms.api.DatabaseNotFoundException;
import org.neo4j.graphdb.DatabaseShutdownException;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.Transaction;

import org.springframework.dao.DataAccessResourceFailureException;

/**
 * Write transactions of the embedded database in the application's own process (imports): the parameters of every
 * batch are handed to Neo4j as they are, not encoded for Bolt and decoded again. A 5,000-row file's writes (nodes,
 * links, audit records) took 290-430 ms in-process against 460-540 ms through the driver (bench/results/2026-12-05.md). The bulk
 * creations (new nodes, links, audit records) skip Cypher too: Neo4j's Java API creates them one by one.
 */
public final class InProcessWrites implements GraphWrites {

	/** Looked up for each transaction: the embedded database is a new instance after a restart. */
	private final Supplier<GraphDatabaseService> database;

	public InProcessWrites(Supplier<GraphDatabaseService> database) {
		this.database = database;
	}

	@Override
	public <T> T inTransaction(Function<GraphTransaction, T> work) {
		try (Transaction tx = this.database.get().beginTx()) {
			T result = work.apply(new InProcessTransaction(tx));
			tx.commit();
			return result;
		}
		catch (DatabaseShutdownException | DatabaseNotFoundException ex) {
			throw new DataAccessResourceFailureException("The embedded database is not running", ex);
		}
	}

	private record InProcessTransaction(Transaction tx) implements GraphTransaction {

		@Override
		public List<Map<String, Object>> fetch(String cypher, Map<String, Object> parameters) {
			try (Result result = this.tx.execute(cypher, parameters)) {
				List<Map<String, Object>> rows = new ArrayList<>();
				while (result.hasNext()) {
					rows.add(PlainValues.of(result.next()));
				}
				return rows;
			}
		}

		@Override
		public void run(String cypher, Map<String, Object> parameters) {
			try (Result result = this.tx.execute(cypher, parameters)) {
				result.accept(row -> true);
			}
		}

		@Override
		public List<String> createNodes(List<String> labels, List<Map<String, Object>> properties) {
			Label[] nodeLabels = labels.stream().map(Label::label).toArray(Label[]::new);
			List<String> refs = new ArrayList<>(properties.size());
			for (Map<String, Object> values : properties) {
				// labels last: a property set on a node without labels is matched against no index or constraint
				Node node = this.tx.createNode();
				values.forEach((key, value) -> {
					if (value != null) {
						node.setProperty(key, StoredValues.of(value));
					}
				});
				for (Label label : nodeLabels) {
					node.addLabel(label);
				}
				refs.add(node.getElementId());
			}
			return refs;
		}

		/** An element id that is not in the graph throws Neo4j's {@code NotFoundException}. */
		@Override
		public void createRelationships(String type, List<Link> links) {
			RelationshipType relationshipType = RelationshipType.withName(type);
			for (Link link : links) {
				this.tx.getNodeByElementId(link.from())
					.createRelationshipTo(this.tx.getNodeByElementId(link.to()), relationshipType);
			}
		}

	}

}
