package id.pokin.graph;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.pokin.support.TestNeo4j;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Bookmark;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.data.neo4j.core.transaction.Neo4jBookmarkManager;

import static org.assertj.core.api.Assertions.assertThat;

/** The auto-commit reads stay cluster-ready: read sessions, started from the application's bookmarks. */
class AutoCommitReadsTests {

	@Test
	void readsInAReadSessionFromTheBookmarksOfEarlierWritesAndHandsBackItsOwn() {
		Neo4jBookmarkManager bookmarks = Neo4jBookmarkManager.create();
		Set<Bookmark> afterWrite;
		try (Session session = TestNeo4j.driver().session()) {
			session.executeWriteWithoutResult(tx -> tx.run("MERGE (:AutoCommitReadProbe {id: 'probe'})").consume());
			afterWrite = session.lastBookmarks();
		}
		bookmarks.updateBookmarks(Set.of(), afterWrite);
		List<SessionConfig> sessions = new ArrayList<>();
		AutoCommitReads reads = new AutoCommitReads(recordingSessions(TestNeo4j.driver(), sessions), bookmarks,
				DatabaseSelectionProvider.getDefaultSelectionProvider(), 5);

		List<String> ids = reads.list("MATCH (p:AutoCommitReadProbe) RETURN p.id AS id", Map.of(),
				r -> r.get("id").asString());

		assertThat(ids).containsExactly("probe");
		assertThat(sessions).singleElement().satisfies(config -> {
			assertThat(config.defaultAccessMode()).isEqualTo(AccessMode.READ);
			assertThat(config.bookmarks()).containsExactlyInAnyOrderElementsOf(afterWrite);
		});
		assertThat(bookmarks.getBookmarks()).isNotEmpty();
		try (Session session = TestNeo4j.driver().session()) {
			session.run("MATCH (p:AutoCommitReadProbe) DELETE p").consume();
		}
	}

	private static Driver recordingSessions(Driver driver, List<SessionConfig> sessions) {
		return (Driver) Proxy.newProxyInstance(Driver.class.getClassLoader(), new Class<?>[] { Driver.class },
				(proxy, method, args) -> {
					if (method.getName().equals("session") && args != null && args.length == 1
							&& args[0] instanceof SessionConfig config) {
						sessions.add(config);
					}
					try {
						return method.invoke(driver, args);
					}
					catch (InvocationTargetException ex) {
						throw ex.getCause();
					}
				});
	}

}
