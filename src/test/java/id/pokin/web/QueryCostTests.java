package id.pokin.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import graphql.execution.CoercedVariables;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.execution.ConnectionTypeDefinitionConfigurer;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/** The cost model on the application's schema, without a server: what the UI's queries and the issue's cost. */
class QueryCostTests {

	private static final GraphQlExecution.Properties DEFAULTS = new GraphQlExecution.Properties(15, 100_000, 10, 0, 500_000,
			DataSize.ofKilobytes(256), DataSize.ofMegabytes(8), 30, 50, 500);

	private static final GraphQLSchema SCHEMA = schema();

	private final QueryCost cost = new QueryCost(DEFAULTS, QueryCost.defaultCursors());

	@Test
	void aListMultipliesWhatIsUnderItAndAliasesAdd() {
		// indicators 1 + edges (1 + 500 x (node 1 + id 1))
		assertThat(costOf("{ indicators(first: 500) { edges { node { id } } } }")).isEqualTo(1 + 1 + 500 * 2);
		// the default page size (50) where no first is given; pageInfo counts once
		assertThat(costOf("{ indicators { edges { node { id } } pageInfo { hasNextPage } } }"))
			.isEqualTo(1 + 1 + 50 * 2 + 1 + 1);
		// an unpaged list: the fan-out (10)
		assertThat(costOf("{ node(id: \"x\") { children { id name } } }")).isEqualTo(1 + 1 + 10 * 2);
		// search's own first (its default 20 when none is given)
		assertThat(costOf("{ search(text: \"x\") { id } }")).isEqualTo(1 + 20);
		assertThat(costOf("{ a: search(text: \"x\", first: 5) { id } b: search(text: \"y\", first: 5) { id } }"))
			.isEqualTo(2 * (1 + 5));
		// a list under a list under a page: 500 x 10 x 10
		assertThat(costOf("{ indicators(first: 500) { edges { node { parents { children { id } } } } } }"))
			.isEqualTo(56_002);
		// __typename is free; introspection counts once per field
		assertThat(costOf("{ node(id: \"x\") { __typename id } }")).isEqualTo(2);
		// a fragment counts where it is spread, every time
		assertThat(costOf("{ a: node(id: \"a\") { ...F } b: node(id: \"b\") { ...F } } fragment F on Node { id children { id } }"))
			.isEqualTo(2 * (1 + 1 + 1 + 10));
	}

	@Test
	void theIssuesExampleCostsBillionsAndTheUisHeaviestQueriesStayUnderTheLimit() {
		StringBuilder attack = new StringBuilder("{");
		for (int i = 0; i < 50; i++) {
			attack.append(" a").append(i).append(": indicators(first: 500) { edges { node { parents { children { parents ")
				.append("{ children { parents { children { id } } } } } } } } }");
		}
		long attackCost = costOf(attack.append(" }").toString());
		assertThat(attackCost).isGreaterThan(10_000_000_000L);

		String node = "id kind code name level";
		StringBuilder impacts = new StringBuilder("{");
		for (int i = 0; i < 25; i++) {
			impacts.append(" r").append(i).append(": impact(id: \"t").append(i)
				.append("\") { root { ...F } nodes { node { ...F } parentIds } truncated }");
		}
		Map<String, String> ui = Map.of(
				"cascade.js, 25 tops in one request", impacts + " } fragment F on Node { " + node
						+ " responsibleUnits { id name } ... on Indikator { satuan targets { year raw value } } }",
				"readiness.js, the report with 100 findings", "{ readiness(scope: \"x\") { scope { " + node
						+ " } year checkedNodes score scoreExplanation { id en } findings(first: 100) { edges { cursor node { "
						+ "rule severity node { " + node + " responsibleUnits { id name } source { ref } } title { id en } "
						+ "message { id en } howToFix { id en } evidence { key label { id en } value { id en } } related { "
						+ node + " responsibleUnits { id name } source { ref } } affected { " + node + " } affectedCount } } "
						+ "pageInfo { hasNextPage } } byRule { rule severity count title { id en } lke { "
						+ "component subComponent criterion } } bySeverity { severity count } facets { units { unit { id name } "
						+ "perangkatDaerah { id name } region { id name } count } withoutUnit rules { rule count } "
						+ "severities { severity count } } } }",
				"overview.js, the scores of 20 regions and their perangkat daerah", "{ " + java.util.stream.IntStream.range(0, 20)
						.mapToObj(i -> "r" + i + ": readiness(scope: \"x\") { score unitScores { unit { id } score } }")
						.collect(java.util.stream.Collectors.joining(" ")) + " }",
				"overview.js, a page of 20 regions", "{ units(filter: { level: PEMDA }, first: 20) { edges { node { id name "
						+ "counts { units tujuan sasaran kondisi indikator } topElements { id kind code name level } "
						+ "children { id name level ... on Unit { counts { units tujuan sasaran kondisi indikator } "
						+ "topElements { id kind code name level } } } } } pageInfo { hasNextPage endCursor } } }",
				"node.js, a node's page", "{ node(id: \"x\") { " + node + " version source { document ref } parents { "
						+ node + " } children { " + node + " } responsibleUnits { " + node + " } ... on Unit { "
						+ "responsibleFor { " + node + " } topElements { " + node + " } counts { units } } } }");
		ui.forEach((what, query) -> {
			long uiCost = costOf(query);
			System.out.printf("cost %,d: %s%n", uiCost, what);
			assertThat(uiCost).as(what).isLessThan(DEFAULTS.maxCost() / 2);
		});
		System.out.printf("cost %,d: the issue's 50 aliases%n", attackCost);
	}

	@Test
	void eachTopLevelFieldIsAQueryOfItsOwn() {
		QueryCost withRootCost = new QueryCost(new GraphQlExecution.Properties(15, 100_000, 10, 500, 500_000,
				DataSize.ofKilobytes(256), DataSize.ofMegabytes(8), 30, 50, 500), QueryCost.defaultCursors());
		String oneNode = "{ node(id: \"x\") { id } }";
		assertThat(withRootCost.costOf(SCHEMA, Parser.parse(oneNode), null, CoercedVariables.emptyVariables()))
			.isEqualTo(1 + 500 + 1);
		String thousandAliases = IntStream.range(0, 1000)
			.mapToObj(i -> "n" + i + ": node(id: \"x" + i + "\") { id }")
			.collect(Collectors.joining(" ", "{ ", " }"));
		assertThat(withRootCost.costOf(SCHEMA, Parser.parse(thousandAliases), null, CoercedVariables.emptyVariables()))
			.isEqualTo(1000L * (1 + 500 + 1));
	}

	private long costOf(String query) {
		return this.cost.costOf(SCHEMA, Parser.parse(query), null, CoercedVariables.emptyVariables());
	}

	private static GraphQLSchema schema() {
		TypeDefinitionRegistry types = new TypeDefinitionRegistry();
		try (Stream<Path> files = Files.list(Path.of("src/main/resources/graphql"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".graphqls")).sorted().toList()) {
				types.merge(new SchemaParser().parse(Files.readString(file)));
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		// the connection types, as Spring for GraphQL adds them to the application's schema
		new ConnectionTypeDefinitionConfigurer().configure(types);
		return new SchemaGenerator().makeExecutableSchema(types, RuntimeWiring.MOCKED_WIRING);
	}

}
