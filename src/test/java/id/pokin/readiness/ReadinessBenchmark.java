package id.pokin.readiness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import id.pokin.support.GraphQlIntegrationTest;
import id.pokin.support.TestNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.neo4j.driver.Session;
import org.neo4j.driver.summary.ProfiledPlan;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * Not a test: measures the readiness check on synthetic regions (bench/readiness-synthetic.cypher) and prints
 * the median time of a whole report, of the scope and of every rule, and each rule's database hits. Run it with
 * {@code bench/readiness.sh [regions] [perangkat daerah per region]}; one region of 50 PD is ~10,000 nodes.
 */
@EnabledIfSystemProperty(named = "pokin.bench", matches = "readiness")
class ReadinessBenchmark extends GraphQlIntegrationTest {

	private static final int RUNS = Integer.getInteger("bench.runs", 15);

	@Autowired
	ReadinessService service;

	@Autowired
	RuleCatalog catalog;

	@Autowired
	RuleQueries queries;

	@Test
	void measure() throws IOException {
		int regions = Integer.getInteger("bench.regions", 1);
		int pds = Integer.getInteger("bench.pds", 50);
		TestNeo4j.load();
		long loading = System.nanoTime();
		try (Session session = TestNeo4j.driver().session()) {
			for (String statement : Files.readString(Path.of("bench/readiness-synthetic.cypher")).split(";\\s*\\n")) {
				if (statement.lines().anyMatch(line -> !line.isBlank() && !line.strip().startsWith("//"))) {
					session.run(statement, Map.of("regions", regions, "pds", pds)).consume();
				}
			}
			session.run("CALL db.awaitIndexes(300)").consume();
			long nodes = session.run("MATCH (n:Node) RETURN count(n) AS n").single().get("n").asLong();
			System.out.printf("%n%d nodes (%d regions x %d PD) loaded in %d s%n", nodes, regions, pds,
					(System.nanoTime() - loading) / 1_000_000_000);
		}
		for (String scopeId : Arrays.asList("syn-1-u", "syn-1-pd1-u", null)) {
			ReadinessScope scope = ReadinessScope.of(this.queries, scopeId);
			Map<String, Object> parameters = this.service.parameters(scope, 2024);
			ReadinessReport report = this.service.check(scopeId, 2024);
			System.out.printf("%nscope %s: %d nodes, %d findings, score %s%n", scopeId == null ? "(everything)" : scopeId,
					report.checkedNodes(), report.byRule().stream().mapToInt(ReadinessReport.RuleCount::count).sum(),
					report.score());
			System.out.printf("  %-28s %10s %12s%n", "", "median ms", "db hits");
			print("whole report", median(() -> {
				ReadinessReport whole = this.service.check(scopeId, 2024);
				whole.score();
				return whole.findings(null, 50, null, null);
			}), -1);
			print("scope", median(() -> ReadinessScope.of(this.queries, scopeId)), -1);
			for (ReadinessRule rule : this.catalog.enabled()) {
				String cypher = rule.query() == null ? rule.cypher() : rule.query().nodes();
				print(rule.id(), median(() -> this.queries.rows(cypher, parameters)), dbHits(cypher, parameters));
				if (rule.id().equals(System.getProperty("bench.plan")) && scopeId != null && scopeId.equals("syn-1-u")) {
					try (Session session = TestNeo4j.driver().session()) {
						var result = session.run("PROFILE " + rule.cypher(), parameters);
						result.list();
						plan(result.consume().profile(), 2);
					}
				}
			}
		}
	}

	private static void print(String what, double millis, long hits) {
		System.out.printf("  %-28s %10.1f %12s%n", what, millis, hits < 0 ? "" : Long.toString(hits));
	}

	private static double median(Supplier<?> work) {
		for (int i = 0; i < 3; i++) {
			work.get();
		}
		List<Long> times = new ArrayList<>();
		for (int i = 0; i < RUNS; i++) {
			long start = System.nanoTime();
			work.get();
			times.add(System.nanoTime() - start);
		}
		times.sort(Long::compare);
		return times.get(times.size() / 2) / 1_000_000.0;
	}

	private static long dbHits(String cypher, Map<String, Object> parameters) {
		try (Session session = TestNeo4j.driver().session()) {
			var result = session.run("PROFILE " + cypher, parameters);
			result.list();
			return hits(result.consume().profile());
		}
	}

	private static void plan(ProfiledPlan plan, int depth) {
		System.out.printf("%s%s rows=%d hits=%d %s%n", " ".repeat(depth), plan.operatorType(), plan.records(),
				plan.dbHits(), plan.arguments().containsKey("Details") ? plan.arguments().get("Details").asString() : "");
		plan.children().forEach(child -> plan(child, depth + 2));
	}

	private static long hits(ProfiledPlan plan) {
		return plan.dbHits() + plan.children().stream().mapToLong(ReadinessBenchmark::hits).sum();
	}

}
