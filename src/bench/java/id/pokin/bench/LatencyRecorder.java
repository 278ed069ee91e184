package id.pokin.bench;

import java.util.Arrays;

/** Latencies of one measured operation, in nanoseconds, and the figures the tables print. */
public final class LatencyRecorder {

	private long[] samples = new long[1024];

	private int count;

	public synchronized void add(long nanos) {
		if (this.count == this.samples.length) {
			this.samples = Arrays.copyOf(this.samples, this.count * 2);
		}
		this.samples[this.count++] = nanos;
	}

	public synchronized double percentileMillis(double percentile) {
		if (this.count == 0) {
			return Double.NaN;
		}
		long[] sorted = Arrays.copyOf(this.samples, this.count);
		Arrays.sort(sorted);
		int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, index)] / 1e6;
	}

	public synchronized int count() {
		return this.count;
	}

}
