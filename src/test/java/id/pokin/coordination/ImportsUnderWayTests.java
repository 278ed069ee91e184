package id.pokin.coordination;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** Background work waits for the imports under way, and for a pause after them, but not for ever. */
class ImportsUnderWayTests {

	private final ImportsUnderWay underWay = new ImportsUnderWay();

	@Test
	void itIsQuietBeforeTheFirstImport() throws Exception {
		// a pause of a minute after the last import: none has run, so none is waited for
		assertThat(CompletableFuture.supplyAsync(() -> awaitQuiet(Duration.ofMinutes(1))).get(10, TimeUnit.SECONDS))
			.isTrue();
	}

	@Test
	void aWaiterGoesOnOnlyOnceTheImportHasEndedAndThePauseAfterItHasPassed() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		CompletableFuture<Void> running = importUntil(release);
		CompletableFuture<Boolean> waiter = CompletableFuture.supplyAsync(() -> awaitQuiet(Duration.ofMillis(300)));
		Thread.sleep(300);
		assertThat(waiter).isNotDone();

		long released = System.nanoTime();
		release.countDown();
		running.get(10, TimeUnit.SECONDS);
		assertThat(waiter.get(10, TimeUnit.SECONDS)).isTrue();
		assertThat(System.nanoTime() - released).isGreaterThanOrEqualTo(Duration.ofMillis(300).toNanos());
	}

	@Test
	void aWaiterGivesUpAfterItsLongestWaitWhileAnImportRuns() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		CompletableFuture<Void> running = importUntil(release);
		try {
			assertThat(this.underWay.awaitQuiet(Duration.ZERO, Duration.ofMillis(200))).isFalse();
		}
		finally {
			release.countDown();
			running.get(10, TimeUnit.SECONDS);
		}
		assertThat(this.underWay.awaitQuiet(Duration.ZERO, Duration.ofSeconds(10))).isTrue();
	}

	@Test
	void anImportThatFailsIsNoLongerUnderWay() throws Exception {
		assertThatIllegalStateException().isThrownBy(() -> this.underWay.run(() -> {
			throw new IllegalStateException("a broken file");
		}));
		assertThat(this.underWay.awaitQuiet(Duration.ZERO, Duration.ofSeconds(10))).isTrue();
	}

	/** An import under way (once this returns) until {@code release} is counted down. */
	private CompletableFuture<Void> importUntil(CountDownLatch release) throws InterruptedException {
		CountDownLatch importing = new CountDownLatch(1);
		CompletableFuture<Void> running = CompletableFuture.runAsync(() -> this.underWay.run(() -> {
			importing.countDown();
			return await(release);
		}));
		assertThat(importing.await(10, TimeUnit.SECONDS)).isTrue();
		return running;
	}

	private boolean awaitQuiet(Duration settle) {
		try {
			return this.underWay.awaitQuiet(settle, Duration.ofMinutes(2));
		}
		catch (InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static boolean await(CountDownLatch latch) {
		try {
			return latch.await(1, TimeUnit.MINUTES);
		}
		catch (InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
