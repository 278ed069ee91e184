package id.pokin.capaian;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import id.pokin.cli.PokinCommand;
import id.pokin.graph.GraphReads;
import id.pokin.graph.GraphVersion;
import id.pokin.support.GraphQlIntegrationTest;
import id.pokin.support.TestNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.neo4j.driver.Session;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Not a test: generates one synthetic region (~10,000 nodes, realisasi for every indicator of 2025) and prints the
 * median time of the capaian queries on it: the roll-up of the region's top goals (one query for all of them), the
 * whole region's capaian tree, and atRisk with its causes, each after a change of the graph (the subgraph read again)
 * and with the graph unchanged (the subgraph kept). After a change both ways side by side: "read again" is the path
 * without the log of changes (the whole subgraph read), "patched" the kept subgraph patched for what the commit
 * changed. Run it with {@code bench/capaian.sh [runs]}.
 */
@EnabledIfSystemProperty(named = "pokin.bench", matches = "capaian")
class CapaianBenchmark extends GraphQlIntegrationTest {

	private static final int RUNS = Integer.getInteger("bench.runs", 30);

	@Autowired
	ApplicationContext context;

	@Autowired
	CapaianService service;

	@Autowired
	CapaianQueries queries;

	@Autowired
	Neo4jClient client;

	@Autowired
	GraphReads reads;

	@Autowired
	GraphVersion version;

	@Test
	void measure() throws Exception {
		TestNeo4j.load();
		PokinCommand generate = this.context.getBeansOfType(PokinCommand.class).values().stream()
			.filter(command -> command.name().equals("generate")).findFirst().orElseThrow();
		generate.run(List.of("--regions", "1", "--seed", "7"));
		String region;
		List<String> tops;
		try (Session session = TestNeo4j.driver().session()) {
			long nodes = session.run("MATCH (n:Node) RETURN count(n) AS n").single().get("n").asLong();
			long withRealisasi = session.run("MATCH (i:Indikator) WHERE i.realisasiYears IS NOT NULL RETURN count(i) AS n")
				.single().get("n").asLong();
			region = session.run("MATCH (u:Unit {level: 'PEMDA'}) RETURN u.id AS id").single().get("id").asString();
			tops = session.run("MATCH (t:Tujuan) RETURN t.id AS id").list(r -> r.get("id").asString());
			System.out.printf("%n%d nodes, %d indicators with realisasi, region %s, %d tujuan%n", nodes, withRealisasi,
					region, tops.size());
		}
		Set<CapaianService.RollupKey> keys = new HashSet<>();
		tops.forEach(id -> keys.add(new CapaianService.RollupKey(id, 2025, Period.YEAR)));
		String scope = region;
		List<Row> rows = new ArrayList<>();
		// "after a change": a commit (a counter on a node outside the cascade) moves the graph version before each run, so the
		// subgraph is read again ("read again") or patched for nothing ("patched"); "unchanged": the subgraph the last
		// run read is still current and kept
		Runnable change = () -> {
			try (Session session = TestNeo4j.driver().session()) {
				session.run("MERGE (tick:BenchTick {id: 'tick'}) SET tick.n = coalesce(tick.n, 0) + 1").consume();
			}
		};
		Runnable none = () -> {
		};
		// the path before patching: the same kept subgraphs with a version that cannot tell what changed, so any
		// commit means the whole subgraph read again
		GraphVersion blind = this.version::current;
		CapaianQueries blindQueries = new CapaianQueries(this.client, this.reads, blind, this.service.settings());
		CapaianService before = new CapaianService(blindQueries, this.service.settings());
		// "inside": a realisasi of one indicator of the region changes before each run (its node read again)
		String inside;
		try (Session session = TestNeo4j.driver().session()) {
			inside = session.run("""
					MATCH (i:Indikator)
					WHERE i.realisasiValue IS NOT NULL AND EXISTS { (i)-[:CONTRIBUTES_TO*]->(:Tujuan) }
					RETURN i.id AS id LIMIT 1""").single().get("id").asString();
		}
		Runnable changeInside = () -> {
			try (Session session = TestNeo4j.driver().session()) {
				session.run("MATCH (i:Node {id: $id}) SET i.realisasiValue = [v IN i.realisasiValue | v + 1]",
						java.util.Map.of("id", inside)).consume();
			}
		};
		rows.add(time("rollup of the region's tujuan, after a change, read again", change, () -> before.rollups(keys).size()));
		rows.add(time("rollup of the region's tujuan, after a change, patched", change, () -> this.service.rollups(keys).size()));
		rows.add(time("rollup of the region's tujuan, after a realisasi inside, patched", changeInside, () -> this.service.rollups(keys).size()));
		rows.add(time("rollup of the region's tujuan, graph unchanged", none, () -> this.service.rollups(keys).size()));
		rows.add(time("  its read alone (whole region below the tujuan)", change, () -> blindQueries.below(List.copyOf(tops)).size()));
		var read = this.queries.below(List.copyOf(tops));
		rows.add(time("  its arithmetic alone", none, () -> {
			Rollups rollups = new Rollups(read, 2025, Period.YEAR, this.service.settings());
			tops.forEach(rollups::of);
			return read.size();
		}));
		rows.add(time("capaianTree of the region, after a change, read again", change, () -> before.tree(scope, 2025, Period.YEAR).size()));
		rows.add(time("capaianTree of the region, after a change, patched", change, () -> this.service.tree(scope, 2025, Period.YEAR).size()));
		rows.add(time("capaianTree of the region, graph unchanged", none, () -> this.service.tree(scope, 2025, Period.YEAR).size()));
		rows.add(time("atRisk(region, 2025, YEAR) with causes, after a change, read again", change, () -> before.atRisk(scope, 2025, Period.YEAR, 85).size()));
		rows.add(time("atRisk(region, 2025, YEAR) with causes, after a change, patched", change, () -> this.service.atRisk(scope, 2025, Period.YEAR, 85).size()));
		rows.add(time("atRisk(region, 2025, YEAR) with causes, after a realisasi inside", changeInside, () -> this.service.atRisk(scope, 2025, Period.YEAR, 85).size()));
		rows.add(time("atRisk(region, 2025, YEAR) with causes, graph unchanged", none, () -> this.service.atRisk(scope, 2025, Period.YEAR, 85).size()));
		rows.add(time("atRisk(region, 2025, TW2) with causes, after a change, read again", change, () -> before.atRisk(scope, 2025, Period.TW2, 85).size()));
		rows.add(time("atRisk(region, 2025, TW2) with causes, after a change, patched", change, () -> this.service.atRisk(scope, 2025, Period.TW2, 85).size()));
		System.out.printf("%n%-72s %10s %10s %10s %8s%n", "query (" + RUNS + " runs after 10 warm-up)", "median ms", "p90 ms",
				"max ms", "result");
		rows.forEach(row -> System.out.printf("%-72s %10.1f %10.1f %10.1f %8d%n", row.name, row.median, row.p90, row.max,
				row.size));
	}

	private static Row time(String name, Runnable before, Supplier<Integer> query) {
		int size = 0;
		for (int i = 0; i < 10; i++) {
			before.run();
			size = query.get();
		}
		List<Double> times = new ArrayList<>();
		for (int i = 0; i < RUNS; i++) {
			before.run();
			long start = System.nanoTime();
			size = query.get();
			times.add((System.nanoTime() - start) / 1e6);
		}
		Collections.sort(times);
		return new Row(name, times.get(times.size() / 2), times.get((int) (times.size() * 0.9)), times.get(times.size() - 1),
				size);
	}

	private record Row(String name, double median, double p90, double max, int size) {
	}

}
