package id.pokin.embedded;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import id.pokin.support.RunningApp;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.graphql.execution.ErrorType;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/** A configured server that is down: clear "unavailable" answers, and recovery without a restart. */
class UnreachableDatabaseTests {

	@TempDir
	Path dataDir;

	@Test
	void requestsFailClearlyWhileNeo4jIsDownAndSucceedOnceItIsBack() throws IOException {
		int port = freePort();
		try (RunningApp app = RunningApp.start(Map.of("NEO4J_URI", "bolt://127.0.0.1:" + port,
				"pokin.dataset.load-on-empty", "false"))) {
			app.graphQl().document("{ node(id: \"x\") { id } }").execute().errors().satisfy(errors -> {
				assertThat(errors).singleElement().satisfies(error -> {
					assertThat(error.getErrorType().toString()).isEqualTo("UNAVAILABLE");
					assertThat(error.getMessage()).contains("cannot be reached");
				});
			});
			app.http().get().uri("/actuator/health").exchange().expectStatus().isEqualTo(503);

			try (EmbeddedNeo4j server = EmbeddedNeo4j
				.start(new EmbeddedNeo4jProperties(this.dataDir, port, DataSize.ofMegabytes(64), true))) {
				Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
					app.graphQl().document("{ node(id: \"x\") { id } }").execute().errors().satisfy(errors ->
						assertThat(errors).singleElement()
							.satisfies(error -> assertThat(error.getErrorType()).isEqualTo(ErrorType.NOT_FOUND))));
				app.http().get().uri("/actuator/health").exchange().expectStatus().isOk();
				// the background initializer applies the schema once the server is back
				Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
					app.graphQl().document("{ search(text: \"x\") { id } }").execute().errors().verify());
			}
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket()) {
			socket.bind(new InetSocketAddress("127.0.0.1", 0));
			return socket.getLocalPort();
		}
	}

}
