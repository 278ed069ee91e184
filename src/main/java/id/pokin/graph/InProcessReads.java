package id.pokin.graph;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.neo4j.dbms.api.DatabaseNotFoundException;
import org.neo4j.graphdb.DatabaseShutdownException;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.QueryExecutionType;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.Transaction;
import org.neo4j.kernel.api.exceptions.Status;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;

/**
 * Reads of the embedded database in the application's own process, through Neo4j's Java API: no Bolt encoding,
 * no socket and no hand-over between the request thread, the driver's and Bolt's I/O threads and a Bolt worker.
 * For a trace that is most of its cost: the query itself takes ~0.06 ms, the same query through the driver ~0.6
 * ms (bench/results/2026-12-05.md). Each read is a transaction of its own with the same timeout as the others, and only a
 * read-only query is let through (what a READ session does for the driver); a single embedded instance has every
 * committed write, so no bookmarks are needed. A read for a request gets at most the time the request has left, and
 * is terminated when the request is cancelled ({@link QueryDeadline}).
 */
final class InProcessReads implements GraphReads {

	private static final String TIMED_OUT = "Neo.ClientError.Transaction.TransactionTimedOut";

	/** Looked up at each read: the embedded database is a new instance after a restart (offline import). */
	private final Supplier<GraphDatabaseService> database;

	private final Duration timeout;

	InProcessReads(Supplier<GraphDatabaseService> database, Duration timeout) {
		this.database = database;
		this.timeout = timeout;
	}

	@Override
	public List<Map<String, Object>> list(String cypher, Map<String, Object> parameters) {
		return read(cypher, parameters, this.timeout);
	}

	@Override
	public List<Map<String, Object>> listUnbounded(String cypher, Map<String, Object> parameters) {
		return read(cypher, parameters, null);
	}

	private List<Map<String, Object>> read(String cypher, Map<String, Object> parameters, Duration timeout) {
		QueryDeadline deadline = QueryDeadline.current();
		try (Transaction tx = begin(QueryDeadline.bound(timeout));
				QueryDeadline.Registration running = deadline == null ? QueryDeadline.Registration.NONE
						: deadline.whileRunning(tx::terminate);
				Result result = tx.execute(cypher, parameters)) {
			// the embedded API has no read-only transactions: a query that could write is refused before it runs
			// further, and the transaction, never committed, rolls back
			if (result.getQueryExecutionType().queryType() != QueryExecutionType.QueryType.READ_ONLY) {
				throw new IllegalStateException("An in-process read must be a read-only query; this one is "
						+ result.getQueryExecutionType().queryType());
			}
			List<Map<String, Object>> rows = new ArrayList<>();
			while (result.hasNext()) {
				rows.add(PlainValues.of(result.next()));
			}
			tx.commit();
			return rows;
		}
		catch (DatabaseShutdownException | DatabaseNotFoundException ex) {
			// stopped (or being restarted around an offline import): reported like a server the driver cannot reach
			throw new DataAccessResourceFailureException("The embedded database is not running", ex);
		}
		catch (RuntimeException ex) {
			if (timedOut(ex) || (deadline != null && deadline.isCancelled())) {
				throw new QueryTimeoutException("The read ran past its timeout"
						+ (timeout == null ? "" : " of " + timeout.toMillis() + " ms"), ex);
			}
			throw ex;
		}
	}

	private Transaction begin(Duration timeout) {
		GraphDatabaseService database = this.database.get();
		return timeout == null ? database.beginTx() : database.beginTx(timeout.toMillis(), TimeUnit.MILLISECONDS);
	}

	private static boolean timedOut(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof Status.HasStatus status && status.status().code().serialize().startsWith(TIMED_OUT)) {
				return true;
			}
		}
		return false;
	}

}
