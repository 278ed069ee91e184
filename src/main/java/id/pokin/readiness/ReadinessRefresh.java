package id.pokin.readiness;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.BiFunction;

import id.pokin.graph.GraphVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The kept reports a commit ended, made again in the background on one thread ({@code readiness-refresh}). */
final class ReadinessRefresh implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(ReadinessRefresh.class);

	/** How long the refresh after a commit waits for the commit to be visible, at most. */
	private static final Duration VISIBLE_WAIT = Duration.ofSeconds(2);

	private final GraphVersion version;

	private final KeptReports kept;

	/** The service's check: keeps what it makes, and shares a run with a request for the same report. */
	private final BiFunction<String, Integer, ReadinessReport> check;

	private final ExecutorService executor;

	ReadinessRefresh(GraphVersion version, KeptReports kept, BiFunction<String, Integer, ReadinessReport> check) {
		this.version = version;
		this.kept = kept;
		this.check = check;
		this.executor = Executors.newSingleThreadExecutor(runnable -> {
			Thread thread = new Thread(runnable, "readiness-refresh");
			thread.setDaemon(true);
			return thread;
		});
	}

	/**
	 * After a commit that changed these documents, the kept reports of regions and perangkat daerah that read them
	 * are started again in the background, so that the next request (the overview after an edit) finds them running
	 * or done; a request that comes first starts the report itself and the refresh shares it ({@link ReadinessService#check}). One
	 * report at a time, each awaited, regions first ({@link KeptReports#reading}): the overview's region score never
	 * queues on the pool behind the rules of reports it does not ask for. The whole graph's report and those after a
	 * commit that changed everything (an import) wait for a request.
	 */
	void after(long committed, Optional<Set<String>> changed) {
		if (changed.isEmpty() || changed.get().isEmpty() || this.executor.isShutdown()) {
			return;
		}
		try {
			this.executor.execute(() -> {
				// the listener may be told of a commit before it is visible: a report started before then would
				// be kept as if it were
				if (!visible(committed)) {
					return;
				}
				for (KeptReports.Key key : this.kept.reading(changed.get())) {
					if (key.scope() == null) {
						continue;
					}
					try {
						this.check.apply(key.scope(), key.year()).score();
					}
					catch (RuntimeException ex) {
						// the scope went (a unit deleted) or the database stops: the next request says so
						log.debug("Readiness: refreshing the report of {} failed: {}", key.scope(), ex.toString());
					}
				}
			});
		}
		catch (RejectedExecutionException ex) {
			// stopping
		}
	}

	/** Whether the commit of this version is visible, waited for a short while. */
	private boolean visible(long committed) {
		long deadline = System.nanoTime() + VISIBLE_WAIT.toNanos();
		while (true) {
			OptionalLong now = this.version.current();
			if (now.isEmpty()) {
				return false;
			}
			if (now.getAsLong() >= committed) {
				return true;
			}
			if (System.nanoTime() > deadline) {
				return false;
			}
			try {
				Thread.sleep(1);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return false;
			}
		}
	}

	@Override
	public void close() {
		this.executor.shutdownNow();
	}

}
