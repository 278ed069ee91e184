package id.pokin.readiness;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The reports {@link ReadinessService} hands out again, each under the graph version it was started at (a newer
 * report drops those of earlier versions): the most recently used first to stay, at most {@code maxReports} of them, and the oldest also go while the kept reports'
 * scopes hold more than {@code maxNodes} nodes together (a report's memory grows with its scope; the newest is kept
 * whatever its size).
 */
final class KeptReports {

	private record Key(String scope, Integer year) {
	}

	private record Kept(long version, ReadinessReport report) {
	}

	private final int maxReports;

	private final long maxNodes;

	private final LinkedHashMap<Key, Kept> reports = new LinkedHashMap<>(16, 0.75f, true);

	KeptReports(int maxReports, long maxNodes) {
		this.maxReports = Math.max(0, maxReports);
		this.maxNodes = maxNodes;
	}

	/** The report of this scope and year started at this version, or null. */
	synchronized ReadinessReport get(String scope, Integer year, long version) {
		Kept kept = this.reports.get(new Key(scope, year));
		return kept != null && kept.version() == version ? kept.report() : null;
	}

	synchronized void put(String scope, Integer year, long version, ReadinessReport report) {
		if (this.maxReports == 0) {
			return;
		}
		// versions only grow: a report of an earlier one is never handed out again
		this.reports.values().removeIf(kept -> kept.version() < version);
		this.reports.put(new Key(scope, year), new Kept(version, report));
		long nodes = this.reports.values().stream().mapToLong(kept -> kept.report().checkedNodes()).sum();
		Iterator<Map.Entry<Key, Kept>> oldestFirst = this.reports.entrySet().iterator();
		while (this.reports.size() > 1 && (this.reports.size() > this.maxReports || nodes > this.maxNodes)) {
			nodes -= oldestFirst.next().getValue().report().checkedNodes();
			oldestFirst.remove();
		}
	}

	synchronized int size() {
		return this.reports.size();
	}

}
