package id.pokin;

import java.util.Map;

import id.pokin.cli.CommandLine;
import id.pokin.embedded.EmbeddedNeo4jEarlyStart;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.core.env.CommandLinePropertySource;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.metrics.jfr.FlightRecorderApplicationStartup;

/**
 * Starts the web application, or with a command as first argument ({@code import}, {@code export},
 * {@code readiness}, …) runs that command without the web server and exits with its code.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PokinApplication {

	private static final String COMMAND_LINE = CommandLinePropertySource.COMMAND_LINE_PROPERTY_SOURCE_NAME;

	public static void main(String[] args) {
		if (args.length > 0 && CommandLine.isCommand(args[0])) {
			System.exit(runCommand(args));
		}
		SpringApplication application = new SpringApplication(PokinApplication.class);
		// the embedded database's start runs beside the whole of Spring's, not from partway through it
		application.addListeners(new EmbeddedNeo4jEarlyStart());
		// -Dpokin.startup.jfr=true with -XX:StartFlightRecording: Spring's start-up steps (each bean's creation, each
		// configuration class) as Flight Recorder events, to see where the start's time goes (bench/startup-profile.sh)
		if (Boolean.getBoolean("pokin.startup.jfr")) {
			application.setApplicationStartup(new FlightRecorderApplicationStartup());
		}
		application.run(args);
	}

	/**
	 * Runs a command without the web server and returns its exit code. Only warnings are logged (unless
	 * configured otherwise), so that the output is the command's; Neo4j's notices about relationship types
	 * that do not exist yet (in a new database, until the first import) are not.
	 */
	static int runCommand(String... args) {
		SpringApplication application = new SpringApplication(PokinApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		application.setBannerMode(Banner.Mode.OFF);
		// a command does not check documents for the stored readiness rules in the background: the server does
		// when it next starts (StoredFindings), and a command's own report reads unchecked documents whole; nor
		// does it warm up for requests it will not answer
		application.setDefaultProperties(Map.of("logging.level.root", "WARN",
				"logging.level.org.springframework.data.neo4j.cypher.unrecognized", "ERROR"));
		// above application.yml (which sets pokin.warm-up.enabled from POKIN_WARM_UP), below the command line: as
		// default properties the yml won, and a generate into a server warmed readiness reports beside its load
		application.addInitializers(context -> {
			MutablePropertySources sources = context.getEnvironment().getPropertySources();
			MapPropertySource command = new MapPropertySource("pokinCommand",
					Map.of("pokin.readiness.check-interval", "0", "pokin.warm-up.enabled", "false"));
			if (sources.contains(COMMAND_LINE)) {
				sources.addAfter(COMMAND_LINE, command);
			}
			else {
				sources.addFirst(command);
			}
		});
		return SpringApplication.exit(application.run(args));
	}

}
