package id.pokin;

import java.util.Set;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

@SpringBootApplication
@ConfigurationPropertiesScan
public class PokinApplication {

	/** First arguments that run a command (a CommandLineRunner) and exit, instead of starting the server. */
	static final Set<String> COMMANDS = Set.of("readiness");

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(PokinApplication.class);
		boolean command = args.length > 0 && COMMANDS.contains(args[0]);
		if (command) {
			application.setWebApplicationType(WebApplicationType.NONE);
		}
		ConfigurableApplicationContext context = application.run(args);
		if (command) {
			System.exit(SpringApplication.exit(context));
		}
	}

}
