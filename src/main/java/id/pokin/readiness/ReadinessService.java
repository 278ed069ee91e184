package id.pokin.readiness;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import id.pokin.graph.GraphVersion;
import id.pokin.node.CascadeNode;
import id.pokin.node.Level;
import id.pokin.node.NodeMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;

/**
 * Starts readiness checks: resolves the scope (so an unknown or wrong scope fails at once) and hands back a report
 * that runs the rules as it is read. The rules of all reports share one small pool of threads
 * ({@code pokin.readiness.parallelism}), each query in its own read-only transaction.
 * <p>
 * A report is kept, and handed out again for the same scope and year, for as long as no commit has changed what it
 * reads ({@link GraphVersion}: a commit to the documents of its scope, or one that cannot be attributed to
 * documents, ends it): the next page of findings, a download after the page, the overview revisited, and the other
 * regions' reports after an edit in one ({@link KeptReports}); the reports a commit ended are started again in the
 * background. The last {@code pokin.readiness.cache-size} reports are kept,
 * while their scopes hold at most {@link #KEPT_NODES} nodes together; on a server the application cannot see
 * others' writes, so nothing is kept there.
 */
@Service
class ReadinessService implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(ReadinessService.class);

	static final int MIN_YEAR = 1900;

	static final int MAX_YEAR = 2200;

	private final RuleQueries queries;

	private final RuleCatalog catalog;

	private final ExecutorService executor;

	/** The rules' times in a unit's scope, and in the whole graph, where their proportions differ. */
	private final RuleTimes times;

	private final RuleTimes wholeGraphTimes;

	/** The kept reports' scopes hold at most this many nodes together (the newest is kept whatever its size). */
	static final long KEPT_NODES = 2_000_000;

	private final GraphVersion version;

	private final KeptReports kept;

	private final StoredFindings storedFindings;

	/** What a report's start is serialised on, per scope and year (see {@link #check}). */
	private final Map<KeptReports.Key, Object> starting = new ConcurrentHashMap<>();

	/** Starts again, after a commit, the kept reports it changed. */
	private final ReadinessRefresh refresh;

	ReadinessService(RuleQueries queries, RuleCatalog catalog, ReadinessProperties properties, GraphVersion version,
			StoredFindings storedFindings) {
		this.queries = queries;
		this.storedFindings = storedFindings;
		this.catalog = catalog;
		this.version = version;
		this.kept = new KeptReports(properties.cacheSize(), KEPT_NODES, version);
		int threads = properties.parallelism() > 0 ? properties.parallelism()
				: Math.min(4, Runtime.getRuntime().availableProcessors());
		this.times = new RuleTimes(threads);
		this.wholeGraphTimes = new RuleTimes(threads);
		this.refresh = new ReadinessRefresh(version, this.kept, this::check);
		version.onCommit(this.refresh::after);
		AtomicInteger count = new AtomicInteger();
		this.executor = Executors.newFixedThreadPool(threads, runnable -> {
			Thread thread = new Thread(runnable, "readiness-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

	ReadinessReport check(String scopeId, Integer year) {
		if (year != null && (year < MIN_YEAR || year > MAX_YEAR)) {
			throw new IllegalArgumentException(
					"readiness: 'year' must be between " + MIN_YEAR + " and " + MAX_YEAR + ", was " + year);
		}
		String scopeKey = blankToNull(scopeId);
		// read before anything of the report: a commit from here on makes it one that is not handed out again
		OptionalLong now = this.version.current();
		if (now.isEmpty()) {
			return fresh(scopeKey, year);
		}
		ReadinessReport found = this.kept.get(scopeKey, year, now.getAsLong());
		if (found != null) {
			return found;
		}
		// one report per scope and year at a time: a request that comes while another (or the refresh after a commit)
		// starts the same report waits for it and shares its run instead of running the rules beside it
		synchronized (this.starting.computeIfAbsent(new KeptReports.Key(scopeKey, year), key -> new Object())) {
			now = this.version.current();
			if (now.isEmpty()) {
				return fresh(scopeKey, year);
			}
			found = this.kept.get(scopeKey, year, now.getAsLong());
			if (found != null) {
				return found;
			}
			// after an edit that moved nothing (a description, a target), the scope of the report it ended holds
			ReadinessScope scope = this.kept.unmovedScope(scopeKey, year, now.getAsLong());
			ReadinessReport report = scope != null ? fresh(scope, year, false) : fresh(scopeKey, year);
			this.kept.put(scopeKey, year, now.getAsLong(), report);
			return report;
		}
	}

	/** A report computed anew, never kept (the warm-up's: {@link ReadinessWarmUp}). */
	ReadinessReport fresh(String scopeKey, Integer year) {
		return fresh(scopeKey, year, false);
	}

	/**
	 * A report computed anew, never kept; with {@code asAfterAnEdit} the scope's first document is read as not yet
	 * checked again, as it is right after a change to it. Neo4j caches a plan per parameter types, and an empty
	 * list is not a list of strings: a warm-up with every document checked left the report after the first edit
	 * to plan every stored rule again.
	 */
	ReadinessReport fresh(String scopeKey, Integer year, boolean asAfterAnEdit) {
		long start = System.nanoTime();
		ReadinessScope scope = ReadinessScope.of(this.queries, scopeKey);
		if (log.isDebugEnabled()) {
			log.debug("Readiness report of {} ({}): scope of {} nodes in {} ms", scopeKey, year, scope.checkedNodes(),
					(System.nanoTime() - start) / 1_000_000);
		}
		return fresh(scope, year, asAfterAnEdit);
	}

	/** A report of a scope read before, computed anew, never kept. */
	private ReadinessReport fresh(ReadinessScope scope, Integer year, boolean asAfterAnEdit) {
		long scoped = System.nanoTime();
		List<ReadinessRule> rules = new ArrayList<>();
		for (ReadinessRule rule : this.catalog.enabled()) {
			if (!rule.needsYear() || year != null) {
				rules.add(rule);
			}
		}
		Map<String, Object> parameters = parameters(scope, year, asAfterAnEdit);
		if (log.isDebugEnabled()) {
			log.debug("Readiness report of {} ({}): unchecked documents {} in {} ms",
					scope.root() == null ? null : scope.root().id(), year, parameters.get("uncheckedDocuments"),
					(System.nanoTime() - scoped) / 1_000_000);
		}
		return new ReadinessReport(new ReadinessRun(this.queries, this.executor,
				scope.root() == null ? this.wholeGraphTimes : this.times, scope, year, rules, parameters));
	}


	/** A unit with the score of its own report. */
	record UnitScore(CascadeNode unit, double score, int checkedNodes) {
	}

	private static final String PARTS = """
			MATCH (root:Node {id: $id})<-[:PART_OF]-(unit:Unit)
			RETURN unit {.*} AS unit
			ORDER BY unit.name, unit.id
			""";

	private static final String REGIONS = """
			MATCH (unit:Unit) WHERE unit.level = 'PEMDA'
			RETURN unit {.*} AS unit
			ORDER BY unit.name, unit.id
			""";

	/**
	 * The units directly part of the report's unit (a region's perangkat daerah; for the whole graph, the regions),
	 * each with the score of its own report for the same year, the score its readiness page shows. Their rules all
	 * start before the first score is read, so they run side by side on the pool.
	 */
	@SuppressWarnings("unchecked")
	List<UnitScore> unitScores(ReadinessReport report) {
		List<Map<String, Object>> rows = report.scope() == null ? this.queries.rows(REGIONS, Map.of())
				: this.queries.rows(PARTS, Map.of("id", report.scope().id()));
		List<CascadeNode> units = rows.stream().map(row -> NodeMapper.toNode((Map<String, Object>) row.get("unit"))).toList();
		List<ReadinessReport> reports = new ArrayList<>();
		for (CascadeNode unit : units) {
			ReadinessReport part = check(unit.id(), report.year());
			part.prefetch();
			reports.add(part);
		}
		List<UnitScore> scores = new ArrayList<>();
		for (int i = 0; i < units.size(); i++) {
			scores.add(new UnitScore(units.get(i), reports.get(i).score(), reports.get(i).checkedNodes()));
		}
		return scores;
	}

	/** What every rule's Cypher is given: the scope, the year and the shape of the cascade. */
	Map<String, Object> parameters(ReadinessScope scope, Integer year) {
		return parameters(scope, year, false);
	}

	private Map<String, Object> parameters(ReadinessScope scope, Integer year, boolean asAfterAnEdit) {
		List<String> checked = this.storedFindings.checked(scope.documents());
		if (asAfterAnEdit && !checked.isEmpty()) {
			checked = checked.subList(1, checked.size());
		}
		Map<String, Object> parameters = new HashMap<>(scope.parameters(checked));
		parameters.put("year", year);
		parameters.put("top", this.catalog.topLevel());
		parameters.put("topKinds", this.catalog.topKinds());
		parameters.put("topLevels", this.catalog.topLevels());
		parameters.put("levels", levelRanks());
		parameters.put("levelOrder", levelOrder());
		return parameters;
	}

	static List<String> levelOrder() {
		return List.of(Level.values()).stream().map(Enum::name).toList();
	}

	@Override
	public void destroy() {
		this.refresh.close();
		this.executor.shutdownNow();
	}

	static Map<String, Object> levelRanks() {
		Map<String, Object> ranks = new LinkedHashMap<>();
		for (Level level : Level.values()) {
			ranks.put(level.name(), level.rank());
		}
		return ranks;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
