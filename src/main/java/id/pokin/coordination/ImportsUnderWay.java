package id.pokin.coordination;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * The imports running now, so that work in the background can leave them the CPU: on a 2-core server a check of
 * the last upload's document, run beside the next upload, takes the CPU that upload needs. Background work asks {@link #awaitQuiet} between its steps; nothing else waits for it.
 */
@Component
public class ImportsUnderWay {

	private int running;

	/** As if the last import ended long ago: nothing waits before the first one. */
	private long lastEnded = System.nanoTime() - TimeUnit.DAYS.toNanos(1);

	/** Runs an import, counted as under way until it returns or throws. */
	public <T> T run(Supplier<T> importing) {
		synchronized (this) {
			this.running++;
		}
		try {
			return importing.get();
		}
		finally {
			synchronized (this) {
				this.running--;
				this.lastEnded = System.nanoTime();
				notifyAll();
			}
		}
	}

	/**
	 * Waits until no import has run for {@code settle} (a series of uploads counts as one import, not as many
	 * pauses), but no longer than {@code max}, so that a steady stream of imports cannot hold background work off
	 * for good.
	 *
	 * @return whether it is quiet, false when {@code max} passed first
	 * @throws InterruptedException when the waiting thread is interrupted (the application stops)
	 */
	public synchronized boolean awaitQuiet(Duration settle, Duration max) throws InterruptedException {
		long deadline = System.nanoTime() + max.toNanos();
		while (true) {
			long now = System.nanoTime();
			long quietAt = this.running > 0 ? deadline : this.lastEnded + settle.toNanos();
			if (now - quietAt >= 0) {
				return this.running == 0;
			}
			long wait = Math.min(quietAt, deadline) - now;
			if (wait <= 0) {
				return false;
			}
			TimeUnit.NANOSECONDS.timedWait(this, wait);
		}
	}

}
