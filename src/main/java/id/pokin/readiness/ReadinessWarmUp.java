package id.pokin.readiness;

import java.time.Duration;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import id.pokin.graph.WarmUp;
import id.pokin.graph.WarmUpProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.graphql.ExecutionGraphQlResponse;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.support.DefaultExecutionGraphQlRequest;
import org.springframework.stereotype.Component;

/**
 * Makes the first readiness requests after a start as fast as the later ones. Neo4j plans a query text the first
 * time it meets it (tens to hundreds of milliseconds for a rule on a cold JVM), and the rules run under three sets
 * of texts: each rule alone (the whole graph, and a unit's first two reports while {@link RuleTimes} times them), then
 * a few to a combined query (a unit's later reports), then the findings' forms. So, once the data is loaded and
 * its documents checked ({@link StoredFindings}: the labels they write would otherwise change the plans' statistics
 * and end the kept reports), this runs in the background:
 * <ol>
 * <li>(after the background check of the loaded documents) three reports of the first region without a year and three with one, never kept: every rule alone twice, then
 * in the groups {@link RuleTimes} fixes for the life of the process, with and without the year's rules;</li>
 * <li>a page of every rule's findings in that region;</li>
 * <li>the report of each of the first {@code pokin.warm-up.regions} regions and of the whole graph, as the overview
 * and the readiness page ask for them (score, counts, the first page of findings), kept: until the graph changes,
 * the first request of each is answered from it.</li>
 * </ol>
 * The data counts as ready ({@code /actuator/health}) once this has run.
 */
@Component
class ReadinessWarmUp implements WarmUp {

	private static final Logger log = LoggerFactory.getLogger(ReadinessWarmUp.class);

	private static final String REGIONS = """
			MATCH (region:Node)
			USING INDEX region:Node(level, id)
			WHERE region.level = 'PEMDA' AND region.id IS NOT NULL AND region:Unit
			RETURN region.id AS id
			ORDER BY id
			LIMIT $max
			""";

	/**
	 * What the readiness page (frontend/js/pages/readiness.js) asks first, and the overview of a region's score: run
	 * through GraphQL, so that its data fetchers, batch loaders and serialisation are warm too.
	 */
	private static final String REPORT = """
			query($scope: ID, $year: Int, $first: Int) { readiness(scope: $scope, year: $year) {
			  scope { id kind code name level } year checkedNodes score
			  findings(first: $first) { edges { cursor node { rule severity
			    node { id kind code name level responsibleUnits { id name } }
			    message { id en } evidence { key values } related { id kind code name level } } }
			    pageInfo { hasNextPage } }
			  byRule { rule severity count title { id en } lke { component subComponent criterion } }
			  bySeverity { severity count } } }
			""";

	private static final String SCORE = "query($scope: ID) { readiness(scope: $scope) { score } }";

	/** The readiness page's first page of findings, and its "show more" of one rule. */
	private static final int FIRST_PAGE = 100;

	private static final int MORE_PAGE = 50;

	/** How long the warm-up waits for the stored rules' check of every document at start. */
	private static final Duration FIRST_CHECK = Duration.ofMinutes(5);

	private static final Duration PENDING_POLL = Duration.ofMillis(500);

	private final ReadinessService service;

	private final RuleQueries queries;

	private final StoredFindings storedFindings;

	private final StoredFindingsThread checks;

	private final WarmUpProperties properties;

	private final ObjectProvider<ExecutionGraphQlService> graphQl;

	private int requests;

	ReadinessWarmUp(ReadinessService service, RuleQueries queries, StoredFindings storedFindings,
			StoredFindingsThread checks, WarmUpProperties properties, ObjectProvider<ExecutionGraphQlService> graphQl) {
		this.checks = checks;
		this.graphQl = graphQl;
		this.service = service;
		this.queries = queries;
		this.storedFindings = storedFindings;
		this.properties = properties;
	}

	@Override
	public void run() {
		if (!this.properties.enabled()) {
			return;
		}
		long start = System.nanoTime();
		try {
			// the background thread checks the documents loaded at start (the demo dataset) once writers pause; the
			// warm-up waits for it rather than checking them beside it (on two cores that doubled the work)
			if (this.checks.awaitFirstRound(FIRST_CHECK)) {
				long deadline = System.nanoTime() + FIRST_CHECK.toNanos();
				while (this.storedFindings.anyPending() && System.nanoTime() < deadline) {
					Thread.sleep(PENDING_POLL.toMillis());
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return;
		}
		long checked = System.nanoTime();
		List<String> regions = regions();
		Integer year = Year.now().getValue();
		if (!regions.isEmpty()) {
			String first = regions.get(0);
			for (Integer y : new Integer[] { null, year }) {
				ReadinessReport last = null;
				for (int i = 0; i < 3; i++) {
					last = this.service.fresh(first, y);
					last.score();
				}
				// the report right after an edit: a document of the region not checked again yet
				for (int i = 0; i < 3; i++) {
					this.service.fresh(first, y, true).score();
				}
				for (ReadinessRule rule : last.hits().keySet()) {
					last.findings(null, MORE_PAGE, null, rule.id());
				}
			}
		}
		long planned = System.nanoTime();
		for (String region : regions) {
			asThePagesAsk(region);
		}
		asThePagesAsk(null);
		log.info("Readiness warm-up: waited {} ms for the stored rules' check, rules planned in {} ms, {} region report(s) and "
				+ "the whole graph's made in {} ms", (checked - start) / 1_000_000, (planned - checked) / 1_000_000,
				regions.size(), (System.nanoTime() - planned) / 1_000_000);
	}

	/** The regions whose reports are made ahead: units at level PEMDA (a Tujuan is at that level too, and refused). */
	List<String> regions() {
		List<String> regions = new ArrayList<>();
		this.queries.rows(REGIONS, Map.of("max", Math.max(1, this.properties.regions())))
			.forEach(row -> regions.add((String) row.get("id")));
		return regions;
	}

	/** The report the overview (score) and the readiness page (counts, first page of findings) ask for. */
	private void asThePagesAsk(String scope) {
		ReadinessReport report = this.service.check(scope, null);
		report.score();
		report.byRule();
		report.findings(null, FIRST_PAGE, null, null);
		ExecutionGraphQlService graphQl = this.graphQl.getIfAvailable();
		if (graphQl == null) {
			return;
		}
		Map<String, Object> variables = new HashMap<>();
		variables.put("scope", scope);
		variables.put("year", null);
		variables.put("first", FIRST_PAGE);
		execute(graphQl, REPORT, variables);
		execute(graphQl, SCORE, variables);
	}

	/** Runs a request as the pages send it; what fails (reads closed to anonymous users, say) is only logged. */
	private void execute(ExecutionGraphQlService graphQl, String document, Map<String, Object> variables) {
		try {
			ExecutionGraphQlResponse response = graphQl
				.execute(new DefaultExecutionGraphQlRequest(document, null, variables, Map.of(),
						"readiness-warm-up-" + (++this.requests), Locale.getDefault()))
				.block(Duration.ofMinutes(5));
			if (response != null && !response.getErrors().isEmpty()) {
				log.debug("Readiness warm-up request answered with errors: {}", response.getErrors());
			}
		}
		catch (RuntimeException ex) {
			log.debug("Readiness warm-up request failed: {}", ex.toString());
		}
	}

}
