package id.pokin.support;

import java.time.Duration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import id.pokin.PokinApplication;
import id.pokin.graph.DataReadiness;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A whole application started the way a user starts it (its own configuration, no test context cache), for
 * the tests that are about start-up itself: the embedded default, restarts, an unreachable server.
 */
public final class RunningApp implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private RunningApp(ConfigurableApplicationContext context) {
		this.context = context;
	}

	public static RunningApp start(Map<String, String> properties) {
		List<String> args = new ArrayList<>(List.of("--server.port=0"));
		properties.forEach((key, value) -> args.add("--" + key + "=" + value));
		ConfigurableApplicationContext context = new SpringApplicationBuilder(PokinApplication.class)
			.run(args.toArray(String[]::new));
		// the embedded database and its schema come up after the web server answers (DatabaseInitializer); these
		// tests start from a database that is there
		if (!context.getBean(DataReadiness.class).awaitSchema(Duration.ofMinutes(3))) {
			context.close();
			throw new IllegalStateException("The database schema was not in place 3 minutes after the start");
		}
		return new RunningApp(context);
	}

	public ConfigurableApplicationContext context() {
		return this.context;
	}

	public int port() {
		return Integer.parseInt(this.context.getEnvironment().getProperty("local.server.port"));
	}

	public WebTestClient http() {
		return WebTestClient.bindToServer().baseUrl("http://localhost:" + port()).responseTimeout(Duration.ofSeconds(60)).build();
	}

	public HttpGraphQlTester graphQl() {
		return HttpGraphQlTester.create(WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + port() + "/graphql")
			.responseTimeout(Duration.ofSeconds(60))
			.build());
	}

	@Override
	public void close() {
		this.context.close();
	}

}
