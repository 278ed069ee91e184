package id.pokin.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.collections.api.factory.primitive.IntSets;
import org.eclipse.collections.api.map.primitive.MutableIntObjectMap;
import org.eclipse.collections.api.set.primitive.MutableIntSet;
import org.eclipse.collections.impl.map.mutable.primitive.IntObjectHashMap;
import org.eclipse.collections.impl.set.mutable.primitive.IntHashSet;
import org.neo4j.dbms.api.DatabaseNotFoundException;
import org.neo4j.exceptions.KernelException;
import org.neo4j.graphdb.ConstraintViolationException;
import org.neo4j.graphdb.DatabaseShutdownException;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.Transaction;
import org.neo4j.graphdb.TransactionFailureException;
import org.neo4j.internal.kernel.api.TokenWrite;
import org.neo4j.internal.kernel.api.Write;
import org.neo4j.internal.kernel.api.exceptions.schema.ConstraintValidationException;
import org.neo4j.kernel.api.KernelTransaction;
import org.neo4j.kernel.impl.coreapi.InternalTransaction;
import org.neo4j.values.storable.Value;
import org.neo4j.values.storable.Values;

import org.springframework.dao.DataAccessResourceFailureException;

/**
 * Write transactions of the embedded database in the application's own process (imports): the parameters of every
 * batch are handed to Neo4j as they are, not encoded for Bolt and decoded again. A 5,000-row file's writes (nodes,
 * links, audit records) took 290-430 ms in-process against 460-540 ms through the driver (bench/results/2026-12-05.md). The bulk
 * creations (new nodes, links, audit records) skip Cypher too: nodes through Neo4j's kernel, links through its Java API.
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

		/**
		 * Each node with its labels and properties in one step of Neo4j's kernel (what Cypher's {@code CREATE} with a
		 * map does): set one by one through {@code Node}, each property re-reads the properties set before it, and
		 * each label added after them re-reads them all again for its indexes and constraints, which made node
		 * creation quadratic in the properties of a row.
		 */
		@Override
		public List<String> createNodes(List<String> labels, List<Map<String, Object>> properties) {
			InternalTransaction internal = (InternalTransaction) this.tx;
			KernelTransaction kernel = internal.kernelTransaction();
			TokenWrite tokens = kernel.tokenWrite();
			List<String> refs = new ArrayList<>(properties.size());
			try {
				Write write = kernel.dataWrite();
				MutableIntSet labelIds = new IntHashSet();
				for (String label : labels) {
					labelIds.add(tokens.labelGetOrCreateForName(label));
				}
				Map<String, Integer> keys = new HashMap<>();
				for (Map<String, Object> values : properties) {
					MutableIntObjectMap<Value> stored = new IntObjectHashMap<>(values.size());
					for (Map.Entry<String, Object> value : values.entrySet()) {
						if (value.getValue() != null) {
							Integer key = keys.get(value.getKey());
							if (key == null) {
								key = tokens.propertyKeyGetOrCreateForName(value.getKey());
								keys.put(value.getKey(), key);
							}
							stored.put(key, Values.of(StoredValues.of(value.getValue())));
						}
					}
					long node = write.nodeCreate();
					write.nodeApplyChanges(node, labelIds, IntSets.immutable.empty(), stored);
					refs.add(internal.elementIdMapper().nodeElementId(node));
				}
			}
			catch (ConstraintValidationException ex) {
				// as the Java API reports it (ConstraintViolation recognises both)
				throw new ConstraintViolationException(ex.getUserMessage(kernel.tokenRead()), ex);
			}
			catch (KernelException ex) {
				throw new TransactionFailureException("Nodes could not be created: " + ex.getMessage(), ex);
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
