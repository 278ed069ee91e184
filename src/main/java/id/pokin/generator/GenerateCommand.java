package id.pokin.generator;

import java.util.List;

import id.pokin.cli.CommandArguments;
import id.pokin.cli.PokinCommand;
import org.neo4j.driver.Driver;

import org.springframework.stereotype.Component;

/**
 * {@code generate [--regions N] [--seed S] [--crosscutting 0.05] [--defects 0.01] [--first-region 1]}: writes
 * synthetic regions (~10,000 nodes each) into the configured database and prints the load rate. Meant for
 * benchmark databases: the secondary indexes are rebuilt after the load (the time counts in the rate).
 */
@Component
class GenerateCommand implements PokinCommand {

	private final Driver driver;

	GenerateCommand(Driver driver) {
		this.driver = driver;
	}

	@Override
	public String name() {
		return "generate";
	}

	@Override
	public String usage() {
		return "generate [--regions N] [--seed S] [--crosscutting 0.05] [--defects 0.01] [--first-region 1]";
	}

	@Override
	public int run(List<String> args) {
		CommandArguments arguments = CommandArguments.parse(args, List.of("regions", "seed", "crosscutting",
				"defects", "first-region"));
		GeneratorSettings settings = new GeneratorSettings(arguments.intValue("regions", 1),
				arguments.longValue("seed", 42), arguments.doubleValue("crosscutting", 0.05),
				arguments.doubleValue("defects", 0.01), arguments.intValue("first-region", 1));
		CascadeGenerator generator = new CascadeGenerator(settings);
		BulkLoader loader = new BulkLoader(this.driver);
		SecondaryIndexes indexes = new SecondaryIndexes(this.driver);
		long nodes = 0;
		long relationships = 0;
		long started = System.nanoTime();
		indexes.drop();
		try {
			for (int r = settings.firstRegion(); r < settings.firstRegion() + settings.regions(); r++) {
				GeneratedGraph region = generator.region(r);
				relationships += loader.write(region);
				nodes += region.nodes().size();
				double seconds = (System.nanoTime() - started) / 1e9;
				System.out.printf("region %d: %,d nodes, %,d relationships so far, %.1f s, %,.0f nodes/s%n", r, nodes,
						relationships, seconds, nodes / seconds);
			}
		}
		finally {
			System.out.println("rebuilding the secondary indexes ...");
			indexes.restore();
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		System.out.println();
		System.out.println("| regions | nodes | relationships | seconds | nodes/s | relationships/s |");
		System.out.println("|---|---|---|---|---|---|");
		System.out.printf("| %d | %d | %d | %.1f | %.0f | %.0f |%n", settings.regions(), nodes, relationships, seconds,
				nodes / seconds, relationships / seconds);
		return 0;
	}

}
