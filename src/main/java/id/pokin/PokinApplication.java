package id.pokin;

import id.pokin.cli.CommandLine;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Starts the web application, or with a command as first argument ({@code import}, {@code readiness},
 * {@code generate}, …) runs that command without the web server and exits with its code.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PokinApplication {

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(PokinApplication.class);
		if (args.length > 0 && CommandLine.isCommand(args[0])) {
			application.setWebApplicationType(WebApplicationType.NONE);
			System.exit(SpringApplication.exit(application.run(args)));
		}
		application.run(args);
	}

}
