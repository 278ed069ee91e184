package id.pokin.graph;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import id.pokin.support.TestNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.neo4j.driver.Session;

import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.data.neo4j.core.transaction.Neo4jBookmarkManager;

import org.springframework.dao.QueryTimeoutException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.transaction.support.SimpleTransactionStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** A request's deadline bounds and ends the database work done for it, whichever way it reads. */
class QueryDeadlineTests {

	/** Runs for minutes unless stopped; marked so that it can be found among the running transactions. */
	private static final String ENDLESS = "UNWIND range(1, 10000000000) AS x WITH x WHERE x < 0 AND 'deadline-probe' <> '' RETURN x";

	private final InProcessReads reads = new InProcessReads(() -> TestNeo4j.instance().defaultDatabaseService(),
			Duration.ofSeconds(60));

	@Test
	@Timeout(60)
	void anInProcessReadStillRunningWhenItsRequestIsCancelledIsTerminated() throws Exception {
		QueryDeadline deadline = QueryDeadline.in(Duration.ofSeconds(60));
		CompletableFuture<List<Map<String, Object>>> read = CompletableFuture
			.supplyAsync(() -> QueryDeadline.within(deadline, () -> this.reads.list(ENDLESS, Map.of())));
		awaitRunning();
		long cancelled = System.nanoTime();
		deadline.cancel();
		assertThatExceptionOfType(ExecutionException.class).isThrownBy(() -> read.get(30, TimeUnit.SECONDS))
			.withCauseInstanceOf(QueryTimeoutException.class);
		assertThat(Duration.ofNanos(System.nanoTime() - cancelled)).isLessThan(Duration.ofSeconds(10));
		assertThat(running()).isZero();
	}

	@Test
	@Timeout(120)
	void aReadStartedNearTheDeadlineGetsOnlyTheTimeLeft() {
		running(); // the shared database started, so that its start is not timed
		AutoCommitReads driver = new AutoCommitReads(TestNeo4j.driver(), Neo4jBookmarkManager.create(),
				DatabaseSelectionProvider.getDefaultSelectionProvider(), 60);
		for (GraphReads reads : List.of(this.reads, driver)) {
			long started = System.nanoTime();
			QueryDeadline deadline = QueryDeadline.in(Duration.ofMillis(300));
			assertThatExceptionOfType(RuntimeException.class)
				.isThrownBy(() -> QueryDeadline.within(deadline, () -> reads.list(ENDLESS, Map.of())));
			// bounded by the 300 ms left, not the 60 s configured (Neo4j checks timeouts every 2 s or so)
			assertThat(Duration.ofNanos(System.nanoTime() - started)).as(reads.getClass().getSimpleName())
				.isLessThan(Duration.ofSeconds(15));
		}
		assertThat(running()).isZero();
	}

	@Test
	void aSpringTransactionGetsAtMostTheTimeItsRequestHasLeft() {
		List<Integer> timeouts = new java.util.ArrayList<>();
		PlatformTransactionManager recording = new PlatformTransactionManager() {
			@Override
			public TransactionStatus getTransaction(TransactionDefinition definition) {
				timeouts.add(definition.getTimeout());
				return new SimpleTransactionStatus();
			}

			@Override
			public void commit(TransactionStatus status) {
			}

			@Override
			public void rollback(TransactionStatus status) {
			}
		};
		DeadlineTransactions transactions = new DeadlineTransactions(recording);
		DefaultTransactionDefinition thirtySeconds = new DefaultTransactionDefinition();
		thirtySeconds.setTimeout(30);
		transactions.getTransaction(thirtySeconds);
		QueryDeadline.within(QueryDeadline.in(Duration.ofMillis(2500)), () -> transactions.getTransaction(thirtySeconds));
		QueryDeadline.within(QueryDeadline.in(Duration.ofSeconds(100)), () -> transactions.getTransaction(thirtySeconds));
		QueryDeadline.within(QueryDeadline.in(Duration.ofSeconds(5)),
				() -> transactions.getTransaction(new DefaultTransactionDefinition()));
		assertThat(timeouts).containsExactly(30, 3, 30, 5);
	}

	private static void awaitRunning() throws InterruptedException {
		for (int i = 0; i < 200 && running() == 0; i++) {
			Thread.sleep(50);
		}
		assertThat(running()).isOne();
	}

	private static long running() {
		try (Session session = TestNeo4j.driver().session()) {
			return session.run("SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS 'deadline-probe' "
					+ "AND NOT currentQuery CONTAINS 'SHOW' RETURN count(*) AS n").single().get("n").asLong();
		}
	}

}
