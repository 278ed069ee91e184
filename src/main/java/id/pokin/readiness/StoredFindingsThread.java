package id.pokin.readiness;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import id.pokin.graph.DataReadiness;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The background thread of {@link StoredFindings}: at start it checks every document no writer has recorded, then
 * every {@code pokin.readiness.check-interval} the documents writers have changed, once they have paused.
 */
@Component
class StoredFindingsThread implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(StoredFindings.class);

	/** How many rounds a check waits for writers to pause, at most. */
	private static final int MAX_QUIET_ROUNDS = 15;

	private final StoredFindings stored;

	private final Duration interval;

	private volatile ScheduledExecutorService thread;

	/** What the background thread saw waiting in its last round (only it reads and writes these). */
	private Map<String, Object> lastPending = Map.of();

	private int waitedRounds;

	/** Counted down when the check of every document at start has ended (or will never run). */
	private final CountDownLatch firstRound = new CountDownLatch(1);

	private final DataReadiness readiness;

	StoredFindingsThread(StoredFindings stored, ReadinessProperties properties, DataReadiness readiness) {
		this.stored = stored;
		this.readiness = readiness;
		this.interval = properties.checkInterval();
	}

	/**
	 * One round of the background thread: the documents that wait are checked once no writer has changed any
	 * of them for a whole interval (or they have waited {@link #MAX_QUIET_ROUNDS} rounds), so that a check does not
	 * take the CPU from a series of imports, whose documents a report reads whole meanwhile.
	 */
	private int checkWhenQuiet() {
		if (!this.stored.hasStoredRules()) {
			return 0;
		}
		Map<String, Object> pending = this.stored.pending();
		if (pending.isEmpty()) {
			this.lastPending = Map.of();
			this.waitedRounds = 0;
			return 0;
		}
		if (!pending.equals(this.lastPending) && this.waitedRounds < MAX_QUIET_ROUNDS) {
			this.lastPending = pending;
			this.waitedRounds++;
			return 0;
		}
		this.waitedRounds = 0;
		return this.stored.check(pending.keySet());
	}

	@Override
	public void start() {
		if (!isOn()) {
			return;
		}
		ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
			Thread thread = new Thread(runnable, "readiness-check");
			thread.setDaemon(true);
			return thread;
		});
		executor.execute(() -> run(true));
		executor.scheduleWithFixedDelay(() -> run(false), this.interval.toMillis(), this.interval.toMillis(),
				TimeUnit.MILLISECONDS);
		this.thread = executor;
	}

	private void run(boolean atStart) {
		try {
			if (atStart) {
				// the embedded database may still be starting, its schema not yet in place (DatabaseInitializer)
				this.readiness.schema().join();
				this.stored.checkPending(true);
			}
			else {
				checkWhenQuiet();
			}
		}
		catch (StoredFindings.CheckStopped ex) {
			// the document stays unchecked; the next start checks it
		}
		catch (java.util.concurrent.CompletionException ex) {
			// no schema: the application is stopping
		}
		catch (RuntimeException ex) {
			// the next round tries again; until then reports read the unchecked documents whole
			log.warn("Readiness: checking documents for the stored rules failed: {}", ex.toString());
		}
		finally {
			if (atStart) {
				this.firstRound.countDown();
			}
		}
	}

	/**
	 * Waits (at most this long) for the check of every document at start, so that the warm-up does not check the
	 * same documents beside it ({@link ReadinessWarmUp}); false when the background checks are off.
	 */
	boolean awaitFirstRound(Duration atMost) throws InterruptedException {
		return isOn() && this.firstRound.await(atMost.toMillis(), TimeUnit.MILLISECONDS);
	}

	private boolean isOn() {
		return !this.interval.isZero() && !this.interval.isNegative();
	}

	@Override
	public void stop() {
		ScheduledExecutorService executor = this.thread;
		this.thread = null;
		if (executor != null) {
			executor.shutdownNow();
			try {
				executor.awaitTermination(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return this.thread != null;
	}

}
