package id.pokin.graph;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Bookmark;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Query;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;

import org.springframework.data.neo4j.core.DatabaseSelection;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.data.neo4j.core.transaction.Neo4jBookmarkManager;

/**
 * Runs one read query as an auto-commit transaction in a read session: one round trip to the database (RUN and
 * PULL sent together) where a Spring-managed transaction takes three (BEGIN, RUN and PULL, COMMIT). For a
 * trace that is about a third of the query's time. It stays cluster-ready: the session is READ (routed to a
 * reader on a {@code neo4j://} URI), carries the same timeout as the managed transactions, and starts from and
 * hands back the bookmarks of the application's transactions, so a read after a write sees that write.
 * Only for a request that is one query; several queries that must see one snapshot keep a transaction. With the
 * embedded default such reads run in-process instead ({@link GraphAccessConfiguration}).
 */
public class AutoCommitReads implements GraphReads {

	private final Driver driver;

	private final Neo4jBookmarkManager bookmarks;

	private final DatabaseSelectionProvider databases;

	private final Duration timeout;

	AutoCommitReads(Driver driver, Neo4jBookmarkManager bookmarks, DatabaseSelectionProvider databases,
			int timeoutSeconds) {
		this.driver = driver;
		this.bookmarks = bookmarks;
		this.databases = databases;
		this.timeout = Duration.ofSeconds(timeoutSeconds);
	}

	@Override
	public List<Map<String, Object>> list(String cypher, Map<String, Object> parameters) {
		return list(cypher, parameters, Record::asMap);
	}

	@Override
	public List<Map<String, Object>> listUnbounded(String cypher, Map<String, Object> parameters) {
		return run(cypher, parameters, TransactionConfig.empty(), Record::asMap);
	}

	public <T> List<T> list(String cypher, Map<String, Object> parameters, Function<Record, T> mapper) {
		// at most the time the request has left (QueryDeadline)
		return run(cypher, parameters, TransactionConfig.builder().withTimeout(QueryDeadline.bound(this.timeout)).build(),
				mapper);
	}

	private <T> List<T> run(String cypher, Map<String, Object> parameters, TransactionConfig config,
			Function<Record, T> mapper) {
		Set<Bookmark> used = Set.copyOf(this.bookmarks.getBookmarks());
		try (Session session = this.driver.session(sessionConfig(used))) {
			List<T> rows = session.run(new Query(cypher, parameters), config).list(mapper);
			this.bookmarks.updateBookmarks(used, session.lastBookmarks());
			return rows;
		}
	}

	private SessionConfig sessionConfig(Set<Bookmark> used) {
		SessionConfig.Builder config = SessionConfig.builder()
			.withDefaultAccessMode(AccessMode.READ)
			.withBookmarks(used);
		DatabaseSelection database = this.databases.getDatabaseSelection();
		if (!database.equals(DatabaseSelection.undecided())) {
			config.withDatabase(database.getValue());
		}
		return config.build();
	}

}
