package id.pokin.readiness;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The reports {@link ReadinessService} hands out again, each under the graph version it was started at: a report is
 * handed out only for the version it was started at, and a report of a newer version drops those of earlier ones
 * (versions only grow, so an earlier one is never current again). Bounded in Caffeine by weight, in report slots: at
 * most {@code maxReports} reports, and their scopes at most {@code maxNodes} nodes together (a report's memory grows
 * with its scope). A report weighs one slot per {@code maxNodes / maxReports} nodes of its scope, at least one and at
 * most all of them, so one report of any size can be kept alone. Which report goes first is Caffeine's choice
 * (recency and frequency of use).
 */
final class KeptReports {

	private record Key(String scope, Integer year) {
	}

	private record Kept(long version, ReadinessReport report) {
	}

	private final int maxReports;

	private final Cache<Key, Kept> reports;

	/** The newest version a report was kept at (guarded by this). */
	private long newest = Long.MIN_VALUE;

	KeptReports(int maxReports, long maxNodes) {
		this.maxReports = Math.max(0, maxReports);
		double nodesPerSlot = Math.max(1.0, (double) maxNodes / Math.max(1, this.maxReports));
		this.reports = Caffeine.newBuilder()
			.maximumWeight(this.maxReports)
			.weigher((Key key, Kept kept) -> (int) Math.min(this.maxReports,
					Math.max(1, (long) Math.ceil(kept.report().checkedNodes() / nodesPerSlot))))
			// evict in the caller's thread: the bounds hold when put returns
			.executor(Runnable::run)
			.build();
	}

	/** The report of this scope and year started at this version, or null. */
	ReadinessReport get(String scope, Integer year, long version) {
		Kept kept = this.reports.getIfPresent(new Key(scope, year));
		return kept != null && kept.version() == version ? kept.report() : null;
	}

	synchronized void put(String scope, Integer year, long version, ReadinessReport report) {
		// a report started before one already kept (a slow run finishing late) is out of date: not kept
		if (this.maxReports == 0 || version < this.newest) {
			return;
		}
		if (version > this.newest) {
			this.newest = version;
			this.reports.asMap().values().removeIf(kept -> kept.version() < version);
		}
		this.reports.put(new Key(scope, year), new Kept(version, report));
		this.reports.cleanUp();
	}

	int size() {
		this.reports.cleanUp();
		return (int) this.reports.estimatedSize();
	}

	/** The nodes the kept reports' scopes hold together (tests). */
	long nodes() {
		return this.reports.asMap().values().stream().mapToLong(kept -> kept.report().checkedNodes()).sum();
	}

}
