package id.pokin.readiness;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import id.pokin.graph.GraphVersion;
import id.pokin.node.Level;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;

/**
 * Starts readiness checks: resolves the scope (so an unknown or wrong scope fails at once) and hands back a report
 * that runs the rules as it is read. The rules of all reports share one small pool of threads
 * ({@code pokin.readiness.parallelism}), each query in its own read-only transaction.
 * <p>
 * A report is kept, and handed out again for the same scope and year, for as long as the graph has not changed
 * ({@link GraphVersion}: any commit, from anyone, ends it): the next page of findings, a download after the page,
 * the overview revisited ({@link KeptReports}). The last {@code pokin.readiness.cache-size} reports are kept,
 * while their scopes hold at most {@link #KEPT_NODES} nodes together; on a server the application cannot see
 * others' writes, so nothing is kept there.
 */
@Service
class ReadinessService implements DisposableBean {

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

	ReadinessService(RuleQueries queries, RuleCatalog catalog, ReadinessProperties properties, GraphVersion version,
			StoredFindings storedFindings) {
		this.queries = queries;
		this.storedFindings = storedFindings;
		this.catalog = catalog;
		this.version = version;
		this.kept = new KeptReports(properties.cacheSize(), KEPT_NODES);
		int threads = properties.parallelism() > 0 ? properties.parallelism()
				: Math.min(4, Runtime.getRuntime().availableProcessors());
		this.times = new RuleTimes(threads);
		this.wholeGraphTimes = new RuleTimes(threads);
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
		if (now.isPresent()) {
			ReadinessReport found = this.kept.get(scopeKey, year, now.getAsLong());
			if (found != null) {
				return found;
			}
		}
		ReadinessScope scope = ReadinessScope.of(this.queries, scopeKey);
		List<ReadinessRule> rules = new ArrayList<>();
		for (ReadinessRule rule : this.catalog.enabled()) {
			if (!rule.needsYear() || year != null) {
				rules.add(rule);
			}
		}
		ReadinessReport report = new ReadinessReport(new ReadinessRun(this.queries, this.executor,
				scope.root() == null ? this.wholeGraphTimes : this.times, scope, year, rules, parameters(scope, year)));
		if (now.isPresent()) {
			this.kept.put(scopeKey, year, now.getAsLong(), report);
		}
		return report;
	}


	/** What every rule's Cypher is given: the scope, the year and the shape of the cascade. */
	Map<String, Object> parameters(ReadinessScope scope, Integer year) {
		Map<String, Object> parameters = new HashMap<>(scope.parameters(this.storedFindings.checked(scope.documents())));
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
