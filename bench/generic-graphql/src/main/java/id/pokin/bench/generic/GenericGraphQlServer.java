package id.pokin.bench.generic;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.graphql.Cypher;
import org.neo4j.graphql.DataFetchingInterceptor;
import org.neo4j.graphql.SchemaBuilder;
import org.neo4j.graphql.SchemaConfig;

/**
 * A generic GraphQL-over-Neo4j server, the server-mode bench's comparator: Neo4j's GraphQL-to-Cypher translator
 * for the JVM (neo4j-graphql-java) on the type definitions in {@code trace.graphql}, executed by graphql-java, over
 * HTTP with the JDK's server, on the Neo4j server through the driver. It is the usual way to serve that library
 * (its examples' data-fetching interceptor: the translated statement run in a session of its own, each record's
 * column returned), plus a parsed-document cache, so that it pays for no parsing a production server would not, and
 * TCP_NODELAY, so that it waits for no delayed ACK a production server would not (docs/benchmarks-server.md).
 * Nothing in it knows Pokin's code.
 * <p>
 * {@code java -cp CLASSES:CLASSPATH id.pokin.bench.generic.GenericGraphQlServer HTTP_PORT BOLT_URI}: prints
 * {@code ready http://127.0.0.1:PORT/graphql} when it answers, and runs until its standard input closes.
 */
public final class GenericGraphQlServer {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String NO_DELAY = "sun.net.httpserver.nodelay";

	private GenericGraphQlServer() {
	}

	public static void main(String[] args) throws Exception {
		// TCP_NODELAY on the accepted sockets, as Tomcat, Jetty and Netty set it by default. The JDK's server leaves
		// Nagle's algorithm on unless told: it writes a response's headers and its body apart, the body then waits
		// for the client's delayed ACK of the headers, and every request took 40-50 ms however little it did (an
		// answer to `{ __typename }` too). Read once, when the server's configuration class loads: set before
		// HttpServer.create, unless the command line says otherwise.
		if (System.getProperty(NO_DELAY) == null) {
			System.setProperty(NO_DELAY, "true");
		}
		int port = Integer.parseInt(args[0]);
		String boltUri = args[1];
		Driver driver = GraphDatabase.driver(boltUri, AuthTokens.none(),
				Config.builder().withLogging(Logging.none()).build());
		driver.verifyConnectivity();
		String typeDefinitions;
		try (InputStream in = GenericGraphQlServer.class.getResourceAsStream("/trace.graphql")) {
			typeDefinitions = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		GraphQLSchema schema = SchemaBuilder.buildSchema(typeDefinitions, new SchemaConfig(), new RunCypher(driver));
		GraphQL graphQl = GraphQL.newGraphQL(schema).preparsedDocumentProvider(new ParsedDocuments()).build();

		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
		ExecutorService threads = Executors.newFixedThreadPool(16);
		server.setExecutor(threads);
		server.createContext("/graphql", exchange -> answer(graphQl, exchange));
		server.start();
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			server.stop(0);
			threads.shutdownNow();
			driver.close();
		}));
		System.out.println("ready http://127.0.0.1:" + port + "/graphql");
		System.out.flush();
		// the parent holds the pipe: its end, however it ends, stops the server
		while (System.in.read() >= 0) {
			// nothing is sent
		}
		System.exit(0);
	}

	/** GraphQL over HTTP: a POSTed {@code {query, variables, operationName}}, the result as the spec has it. */
	@SuppressWarnings("unchecked")
	private static void answer(GraphQL graphQl, HttpExchange exchange) throws IOException {
		try (exchange) {
			if (!"POST".equals(exchange.getRequestMethod())) {
				exchange.sendResponseHeaders(405, -1);
				return;
			}
			Map<String, Object> request;
			try (InputStream in = exchange.getRequestBody()) {
				request = JSON.readValue(in, Map.class);
			}
			Object variables = request.get("variables");
			ExecutionInput input = ExecutionInput.newExecutionInput()
				.query((String) request.get("query"))
				.operationName((String) request.get("operationName"))
				.variables(variables instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of())
				.build();
			ExecutionResult result = graphQl.execute(input);
			byte[] body = JSON.writeValueAsBytes(result.toSpecification());
			exchange.getResponseHeaders().set("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		}
		catch (RuntimeException ex) {
			byte[] body = JSON.writeValueAsBytes(Map.of("errors", List.of(Map.of("message", String.valueOf(ex)))));
			exchange.sendResponseHeaders(500, body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		}
	}

	/**
	 * The library's data-fetching interceptor as its examples write it: the statement it translated the field's
	 * selection into, run in a read session of its own ({@code executeRead}, as the raw-driver floor runs Pokin's),
	 * each record's column as the field's value.
	 */
	private record RunCypher(Driver driver) implements DataFetchingInterceptor {

		@Override
		public Object fetchData(DataFetchingEnvironment environment, DataFetcher<Cypher> delegate) throws Exception {
			Cypher cypher = delegate.get(environment);
			List<Object> values;
			try (Session session = this.driver
				.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
				values = session.executeRead(tx -> tx.run(cypher.getQuery(), cypher.getParams())
					.list(r -> r.get(cypher.getVariable()).asObject()));
			}
			if (isList(cypher.getType())) {
				return values;
			}
			return values.isEmpty() ? null : values.get(0);
		}

		private static boolean isList(GraphQLType type) {
			GraphQLType inner = type instanceof GraphQLNonNull nonNull ? nonNull.getWrappedType() : type;
			return inner instanceof GraphQLList;
		}

	}

	/** graphql-java's parsed-document cache, keyed by the query text (what a production server configures). */
	private static final class ParsedDocuments implements PreparsedDocumentProvider {

		private final Map<String, PreparsedDocumentEntry> entries = new ConcurrentHashMap<>();

		@Override
		public PreparsedDocumentEntry getDocument(ExecutionInput input,
				Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
			if (this.entries.size() > 1000) {
				this.entries.clear();
			}
			return this.entries.computeIfAbsent(input.getQuery(), query -> parseAndValidate.apply(input));
		}

	}

}
