package id.pokin.readiness;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import id.pokin.graph.GraphChange;
import id.pokin.graph.GraphVersion;
import id.pokin.node.Level;

/**
 * The reports {@link ReadinessService} hands out again, each under the graph version it was started at. A report is
 * handed out at that version, and at a later one as long as no commit since changed a document its scope reads
 * ({@link GraphVersion#changedBetween}: commits that cannot be attributed to documents change everything, and the
 * whole graph's report outlives only commits that changed no document at all). So an edit in one region leaves the
 * other regions' reports as they are; a report found still current is moved on to the newer version, so the next
 * look back is short. Bounded in Caffeine by weight, in report slots: at most {@code maxReports} reports, and their
 * scopes at most {@code maxNodes} nodes together (a report's memory grows with its scope). A report weighs one slot
 * per {@code maxNodes / maxReports} nodes of its scope, at least one and at most all of them, so one report of any
 * size can be kept alone. Which report goes first is Caffeine's choice (recency and frequency of use).
 */
final class KeptReports {

	record Key(String scope, Integer year) {
	}

	private record Kept(long version, ReadinessReport report) {

		/** Whether none of these changed documents is one the report reads. */
		boolean outlives(Set<String> changed) {
			ReadinessScope scope = this.report.readinessScope();
			// only a region's or a perangkat daerah's scope is its documents whole; any other names its nodes one by
			// one ($nodes), documents or not, and only a commit that changed no document leaves it (and the whole
			// graph's) as it was. The nodes without a document a region's scope names cannot be changed by a commit
			// attributed to documents.
			if (scope.root() == null || !BY_DOCUMENT.contains(scope.root().level())) {
				return changed.isEmpty();
			}
			for (String document : scope.documents()) {
				if (changed.contains(document)) {
					return false;
				}
			}
			return true;
		}

	}

	private static final Set<Level> BY_DOCUMENT = Set.of(Level.PEMDA, Level.PERANGKAT_DAERAH);

	private final int maxReports;

	private final Cache<Key, Kept> reports;

	private final GraphVersion graph;

	KeptReports(int maxReports, long maxNodes) {
		this(maxReports, maxNodes, GraphVersion.unknown());
	}

	KeptReports(int maxReports, long maxNodes, GraphVersion graph) {
		this.graph = graph;
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

	/** The report of this scope and year that is current at this version, or null. */
	ReadinessReport get(String scope, Integer year, long version) {
		Key key = new Key(scope, year);
		Kept kept = this.reports.getIfPresent(key);
		if (kept == null || kept.version() > version) {
			return null;
		}
		if (kept.version() == version) {
			return kept.report();
		}
		Optional<Set<String>> changed = this.graph.changedBetween(kept.version(), version);
		if (changed.isEmpty() || !kept.outlives(changed.get())) {
			return null;
		}
		this.reports.asMap().replace(key, kept, new Kept(version, kept.report()));
		return kept.report();
	}

	/**
	 * The scope of the kept report of this scope and year (current or not) when every commit since it was started is
	 * known and changed only properties of existing nodes, none of them the scope's unit
	 * ({@link GraphChange#propertiesOnly}): a scope is made of links, labels, documents and ids alone, so it is still
	 * the scope at this version, and a report after an edit of a description or a target needs not read it again.
	 * Null otherwise.
	 */
	ReadinessScope unmovedScope(String scope, Integer year, long version) {
		Kept kept = this.reports.getIfPresent(new Key(scope, year));
		if (kept == null || kept.version() > version) {
			return null;
		}
		ReadinessScope found = kept.report().readinessScope();
		if (kept.version() == version) {
			return found;
		}
		Optional<GraphChange> changes = this.graph.changes(kept.version(), version);
		if (changes.isEmpty() || !changes.get().propertiesOnly()
				|| (found.root() != null && changes.get().changed().contains(found.root().id()))) {
			return null;
		}
		return found;
	}

	/** Keeps the report started at this version, unless one started later is kept already. */
	void put(String scope, Integer year, long version, ReadinessReport report) {
		if (this.maxReports == 0) {
			return;
		}
		// a report started before the one kept (a slow run finishing late) may be out of date: not kept
		this.reports.asMap().merge(new Key(scope, year), new Kept(version, report),
				(old, now) -> old.version() > now.version() ? old : now);
		this.reports.cleanUp();
	}

	/**
	 * The keys of the kept reports of regions and perangkat daerah that read one of these documents (what the refresh
	 * after a commit starts again; a smaller unit's report is ended by any commit, and waits for a request): the
	 * regions' first (the overview's scores), each without a year before those with one.
	 */
	List<Key> reading(Set<String> changed) {
		record Reading(Key key, boolean region) {
		}
		List<Reading> found = new ArrayList<>();
		this.reports.asMap().forEach((key, kept) -> {
			ReadinessScope scope = kept.report().readinessScope();
			if (scope.root() != null && BY_DOCUMENT.contains(scope.root().level()) && !kept.outlives(changed)) {
				found.add(new Reading(key, scope.root().level() == Level.PEMDA));
			}
		});
		return found.stream()
			.sorted(Comparator.comparing((Reading reading) -> !reading.region())
				.thenComparing(reading -> reading.key().year() != null))
			.map(Reading::key)
			.toList();
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
