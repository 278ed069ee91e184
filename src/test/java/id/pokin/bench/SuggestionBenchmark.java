package id.pokin.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;

import id.pokin.cli.PokinCommand;
import id.pokin.dataset.DemoDataset;
import id.pokin.suggest.Suggestions;
import id.pokin.support.GraphQlIntegrationTest;
import id.pokin.support.TestNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Not a test: the parent-suggestion benchmark ({@code bench/suggestions.sh}, docs/parent-suggestions.md). On the
 * demo dataset, for every {@code CONTRIBUTES_TO} link: removes it, asks {@code parentSuggestions} (through
 * {@code /graphql}) for the lower node, records the true parent's rank, and puts the link back as it was (with its
 * properties); the links' checksum before and after must agree. Beside it, in the same run, a simple baseline:
 * the elements of the node's document ranked by the words their names share with the node's. Then the latency of
 * one node's suggestions on a generated region of ~10,000 nodes.
 */
@EnabledIfSystemProperty(named = "pokin.bench", matches = "suggestions")
class SuggestionBenchmark extends GraphQlIntegrationTest {

	/** Ranks beyond this count as not found (reciprocal rank 0). */
	private static final int DEPTH = 50;

	private static final int LATENCY_SAMPLES = Integer.getInteger("bench.samples", 300);

	private static final String SUGGEST = """
			query ($id: ID!, $first: Int) { parentSuggestions(id: $id, first: $first) { node { id } score } }
			""";

	private static final String LINKS = """
			MATCH (a:Node)-[r:CONTRIBUTES_TO]->(b:Node)
			RETURN a.id AS child, b.id AS parent, properties(r) AS properties, a.sourceDocument AS document
			ORDER BY child, parent
			""";

	private static final String UNLINK = """
			MATCH (:Node {id: $child})-[r:CONTRIBUTES_TO]->(:Node {id: $parent}) DELETE r
			""";

	private static final String RELINK = """
			MATCH (a:Node {id: $child}), (b:Node {id: $parent}) CREATE (a)-[r:CONTRIBUTES_TO]->(b) SET r = $properties
			""";

	/**
	 * The baseline's candidates: the elements of the node's document but itself and its other parents, at its level
	 * or above for an element.
	 */
	private static final String BASELINE = """
			MATCH (n:Node {id: $child})
			MATCH (c:Element {sourceDocument: n.sourceDocument})
			WHERE c <> n AND NOT (n)-[:CONTRIBUTES_TO]->(c)
			  AND (n:Indikator OR n.level IS NULL OR c.level IS NULL OR $levels[c.level] <= $levels[n.level])
			RETURN n.name AS name, collect(c {.id, .name}) AS candidates
			""";

	private static final Map<String, Object> LEVELS = Map.of("PEMDA", 0, "PERANGKAT_DAERAH", 1, "ASISTEN", 2, "BAGIAN", 3,
			"SUBBAGIAN", 4);

	private static final String NODE = "query ($id: ID!) { node(id: $id) { id } }";

	@Autowired
	ApplicationContext context;

	@Test
	void measure() throws Exception {
		DemoDataset.load(this.context);
		awaitIndexes();
		List<Link> links;
		String before;
		try (Session session = TestNeo4j.driver().session()) {
			links = session.run(LINKS).list(Link::of);
			before = checksum(session);
		}
		// warm the server's query plans and JIT on a few links (each put back)
		for (Link link : links.subList(0, Math.min(10, links.size()))) {
			withoutLink(link, () -> rankedBySuggestions(link.child(), DEPTH));
		}
		Map<String, Score> ours = new TreeMap<>();
		Map<String, Score> baseline = new TreeMap<>();
		LatencyRecorder latency = new LatencyRecorder();
		Score oursAll = new Score();
		Score baselineAll = new Score();
		List<String> misses = new ArrayList<>();
		for (Link link : links) {
			withoutLink(link, () -> {
				long start = System.nanoTime();
				rankedBySuggestions(link.child(), 5);
				latency.add(System.nanoTime() - start);
				List<String> ranked = rankedBySuggestions(link.child(), DEPTH);
				int rank = ranked.indexOf(link.parent()) + 1;
				oursAll.add(rank);
				ours.computeIfAbsent(link.document(), d -> new Score()).add(rank);
				if (rank != 1) {
					misses.add("%s -> %s: rank %d, first %s".formatted(link.child(), link.parent(), rank,
							ranked.isEmpty() ? "-" : ranked.get(0)));
				}
				int baseRank = rankedByBaseline(link.child()).indexOf(link.parent()) + 1;
				baselineAll.add(baseRank);
				baseline.computeIfAbsent(link.document(), d -> new Score()).add(baseRank);
			});
		}
		String after;
		try (Session session = TestNeo4j.driver().session()) {
			after = checksum(session);
		}

		System.out.printf("%nparentSuggestions on the demo dataset: every CONTRIBUTES_TO link removed, ranked, restored%n");
		System.out.printf("%-28s %6s %8s %8s %8s %12s%n", "ranking", "links", "top-1 %", "top-3 %", "MRR", "median ms");
		System.out.printf("%-28s %6d %8.1f %8.1f %8.3f %12.1f%n", "parentSuggestions", oursAll.links, oursAll.top1(),
				oursAll.top3(), oursAll.mrr(), latency.percentileMillis(50));
		System.out.printf("%-28s %6d %8.1f %8.1f %8.3f %12s%n", "baseline: name overlap", baselineAll.links,
				baselineAll.top1(), baselineAll.top3(), baselineAll.mrr(), "-");
		System.out.printf("%nper document (parentSuggestions | baseline)%n");
		System.out.printf("%-26s %6s %8s %8s %8s | %8s %8s %8s%n", "document", "links", "top-1 %", "top-3 %", "MRR",
				"top-1 %", "top-3 %", "MRR");
		ours.forEach((document, score) -> {
			Score base = baseline.get(document);
			System.out.printf("%-26s %6d %8.1f %8.1f %8.3f | %8.1f %8.1f %8.3f%n", document, score.links, score.top1(),
					score.top3(), score.mrr(), base.top1(), base.top3(), base.mrr());
		});
		System.out.printf("%nlinks checksum before %s, after %s: %s%n", before, after,
				before.equals(after) ? "unchanged" : "CHANGED");
		if (Boolean.getBoolean("bench.misses")) {
			System.out.printf("%nnot first:%n");
			misses.forEach(miss -> System.out.println("  " + miss));
		}
		if (!before.equals(after)) {
			throw new IllegalStateException("the benchmark left the links changed");
		}
		generatedRegionLatency();
	}

	/** p50 and p95 of one node's suggestions (first 5) on a generated region, over elements and indicators. */
	private void generatedRegionLatency() throws Exception {
		TestNeo4j.load();
		PokinCommand generate = this.context.getBeansOfType(PokinCommand.class).values().stream()
			.filter(command -> command.name().equals("generate")).findFirst().orElseThrow();
		generate.run(List.of("--regions", "1", "--seed", "7"));
		awaitIndexes();
		List<String> ids;
		long nodes;
		try (Session session = TestNeo4j.driver().session()) {
			nodes = session.run("MATCH (n:Node) RETURN count(n) AS n").single().get("n").asLong();
			ids = session.run("MATCH (n:Node) WHERE n:Element OR n:Indikator RETURN n.id AS id ORDER BY id")
				.list(r -> r.get("id").asString());
		}
		SplittableRandom random = new SplittableRandom(7);
		for (int i = 0; i < 50; i++) {
			rankedBySuggestions(ids.get(random.nextInt(ids.size())), 5);
		}
		LatencyRecorder latency = new LatencyRecorder();
		LatencyRecorder lookup = new LatencyRecorder();
		LatencyRecorder direct = new LatencyRecorder();
		for (int i = 0; i < LATENCY_SAMPLES; i++) {
			String id = ids.get(random.nextInt(ids.size()));
			long start = System.nanoTime();
			rankedBySuggestions(id, 5);
			latency.add(System.nanoTime() - start);
			// the same request's cost without the suggestion: HTTP, GraphQL and one index lookup, side by side
			start = System.nanoTime();
			graphQl().document(NODE).variable("id", id).execute().path("node.id").hasValue();
			lookup.add(System.nanoTime() - start);
			start = System.nanoTime();
			Suggestions.ids(this.context, id, 5);
			direct.add(System.nanoTime() - start);
		}
		System.out.printf("%ngenerated region: %d nodes; parentSuggestions(first: 5) of %d random elements and "
				+ "indicators, through /graphql%n", nodes, LATENCY_SAMPLES);
		System.out.printf("%-28s %8s %8s %8s%n", "", "p50 ms", "p95 ms", "max ms");
		System.out.printf("%-28s %8.1f %8.1f %8.1f%n", "one node's suggestions", latency.percentileMillis(50),
				latency.percentileMillis(95), latency.percentileMillis(100));
		System.out.printf("%-28s %8.1f %8.1f %8.1f%n", "the same, service called", direct.percentileMillis(50),
				direct.percentileMillis(95), direct.percentileMillis(100));
		System.out.printf("%-28s %8.1f %8.1f %8.1f%n", "node(id) (reference)", lookup.percentileMillis(50),
				lookup.percentileMillis(95), lookup.percentileMillis(100));
	}

	private List<String> rankedBySuggestions(String id, int first) {
		return graphQl().document(SUGGEST).variable("id", id).variable("first", first).execute()
			.path("parentSuggestions[*].node.id").entityList(String.class).get();
	}

	/** The name-overlap baseline: shared lower-case words, most first (ties by id, so the run repeats). */
	private List<String> rankedByBaseline(String child) {
		try (Session session = TestNeo4j.driver().session()) {
			Record row = session.run(BASELINE, Map.of("child", child, "levels", LEVELS)).single();
			Set<String> words = words(row.get("name").asString());
			List<Map<String, Object>> candidates = row.get("candidates").asList(Value::asMap);
			Map<String, Double> scores = new LinkedHashMap<>();
			for (Map<String, Object> c : candidates) {
				Set<String> theirs = words((String) c.get("name"));
				Set<String> shared = new HashSet<>(theirs);
				shared.retainAll(words);
				Set<String> union = new HashSet<>(theirs);
				union.addAll(words);
				scores.put((String) c.get("id"), union.isEmpty() ? 0 : (double) shared.size() / union.size());
			}
			return scores.entrySet().stream()
				.sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
				.map(Map.Entry::getKey).limit(DEPTH).toList();
		}
	}

	private static Set<String> words(String name) {
		Set<String> words = new HashSet<>();
		for (String word : (name == null ? "" : name).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
			if (!word.isEmpty()) {
				words.add(word);
			}
		}
		return words;
	}

	private static void withoutLink(Link link, Runnable action) {
		try (Session session = TestNeo4j.driver().session()) {
			session.run(UNLINK, Map.of("child", link.child(), "parent", link.parent())).consume();
		}
		try {
			action.run();
		}
		finally {
			try (Session session = TestNeo4j.driver().session()) {
				session.run(RELINK, Map.of("child", link.child(), "parent", link.parent(), "properties",
						link.properties())).consume();
			}
		}
	}

	private static void awaitIndexes() {
		try (Session session = TestNeo4j.driver().session()) {
			session.run("CALL db.awaitIndexes(600)").consume();
			session.run("CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()").consume();
		}
	}

	/** Every link with its properties, sorted, hashed. */
	private static String checksum(Session session) throws Exception {
		MessageDigest digest = MessageDigest.getInstance("SHA-256");
		List<String> lines = new ArrayList<>();
		for (Record r : session.run(LINKS).list()) {
			lines.add(r.get("child").asString() + ">" + r.get("parent").asString() + " "
					+ new TreeMap<>(r.get("properties").asMap()));
		}
		lines.sort(Comparator.naturalOrder());
		lines.forEach(line -> digest.update((line + "\n").getBytes(StandardCharsets.UTF_8)));
		return HexFormat.of().formatHex(digest.digest()).substring(0, 16) + " (" + lines.size() + " links)";
	}

	private record Link(String child, String parent, Map<String, Object> properties, String document) {

		static Link of(Record r) {
			return new Link(r.get("child").asString(), r.get("parent").asString(), r.get("properties").asMap(),
					r.get("document").isNull() ? "(none)" : r.get("document").asString());
		}

	}

	private static final class Score {

		int links;

		int top1;

		int top3;

		double reciprocal;

		void add(int rank) {
			this.links++;
			if (rank == 1) {
				this.top1++;
			}
			if (rank >= 1 && rank <= 3) {
				this.top3++;
			}
			this.reciprocal += rank >= 1 ? 1.0 / rank : 0;
		}

		double top1() {
			return 100.0 * this.top1 / this.links;
		}

		double top3() {
			return 100.0 * this.top3 / this.links;
		}

		double mrr() {
			return this.reciprocal / this.links;
		}

	}

}
