package id.pokin.graph;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.context.ContextRegistry;

/**
 * The time by which a request's database work must end. The web layer starts one per GraphQL request and puts it in
 * the request's Reactor context; Spring for GraphQL restores it as a thread-local around each data fetcher (context
 * propagation), so every transaction a request starts gets at most the time the request has left, and an in-process
 * read still running when the request is cancelled (at its deadline) is terminated. Without a deadline (commands,
 * background work, imports) the configured timeouts apply as they are.
 */
public final class QueryDeadline {

	/** The key of the deadline in the Reactor and GraphQL contexts. */
	public static final String KEY = "pokin.query-deadline";

	private static final ThreadLocal<QueryDeadline> CURRENT = new ThreadLocal<>();

	static {
		ContextRegistry.getInstance().registerThreadLocalAccessor(KEY, CURRENT);
	}

	private final long endsAt;

	private final Set<Runnable> onCancel = ConcurrentHashMap.newKeySet();

	private volatile boolean cancelled;

	private QueryDeadline(long endsAt) {
		this.endsAt = endsAt;
	}

	/** A deadline the given time from now. */
	public static QueryDeadline in(Duration time) {
		return new QueryDeadline(System.nanoTime() + time.toNanos());
	}

	/** The deadline of the request this thread works for, or null. */
	public static QueryDeadline current() {
		return CURRENT.get();
	}

	/** Runs the work as done for the deadline's request (tests; requests get theirs through context propagation). */
	static <T> T within(QueryDeadline deadline, java.util.function.Supplier<T> work) {
		QueryDeadline before = CURRENT.get();
		CURRENT.set(deadline);
		try {
			return work.get();
		}
		finally {
			CURRENT.set(before);
		}
	}

	/** The time left, zero once passed or cancelled. */
	public Duration remaining() {
		return this.cancelled ? Duration.ZERO : Duration.ofNanos(Math.max(0, this.endsAt - System.nanoTime()));
	}

	public boolean isCancelled() {
		return this.cancelled;
	}

	/** Ends the request's database work: what registered through {@link #whileRunning} is stopped. */
	public void cancel() {
		this.cancelled = true;
		this.onCancel.forEach(Runnable::run);
	}

	/**
	 * Registers how to stop a piece of work (an in-process transaction) while it runs; closing the returned handle
	 * unregisters it. Cancelled already: the work is stopped at once.
	 */
	public Registration whileRunning(Runnable stop) {
		this.onCancel.add(stop);
		if (this.cancelled) {
			stop.run();
		}
		return () -> this.onCancel.remove(stop);
	}

	/**
	 * A transaction timeout bounded by the current request's deadline: the configured one, or less when the request
	 * has less time left (at least a millisecond, so the transaction still starts and then times out as usual).
	 *
	 * @param configured the timeout without a request, null for none
	 */
	public static Duration bound(Duration configured) {
		QueryDeadline deadline = current();
		if (deadline == null) {
			return configured;
		}
		Duration left = deadline.remaining();
		if (left.compareTo(Duration.ofMillis(1)) < 0) {
			left = Duration.ofMillis(1);
		}
		return configured == null || left.compareTo(configured) < 0 ? left : configured;
	}

	/** Stops what {@link #whileRunning} registered from being stopped. */
	@FunctionalInterface
	public interface Registration extends AutoCloseable {

		@Override
		void close();

		Registration NONE = () -> {
		};

	}

}
