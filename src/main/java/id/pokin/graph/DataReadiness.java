package id.pokin.graph;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.springframework.stereotype.Component;

/**
 * Whether the work a start leaves for after the first answer is done: the schema, the demo dataset on a new store,
 * and the warm-ups ({@link WarmUp}: stored readiness checks, query plans). Until then the application answers
 * from what is there; {@code /actuator/health} says {@code data: LOADING} ({@link DataHealthIndicator}) and the
 * readiness group ({@code /actuator/health/readiness}) answers 503.
 * <p>
 * The database and the schema come first: on the embedded default the web server answers before either is in place
 * (the database starts beside the application). A read needs only the database started ({@link #database()}: reads
 * need no constraint, and a range index only makes them faster); a write or an import needs the schema too
 * ({@link #schema()}). A request waits for what it needs a bounded time, then is told the data is loading. While a seed task writes (the demo dataset into a new store) the data is
 * incomplete: {@link #isSeeding()} says so, and GraphQL answers carry it.
 */
@Component
public class DataReadiness {

	private final Instant started = Instant.now();

	private final CompletableFuture<Void> database = new CompletableFuture<>();

	private final CompletableFuture<Void> schema = new CompletableFuture<>();

	private volatile boolean seeding;

	/** The indexes the store had when the database started (before the migrations): null until then. */
	private volatile Set<String> indexesAtStart;

	private volatile Duration loadedIn;

	public boolean isReady() {
		return this.loadedIn != null;
	}

	/** How long after the application's start the data became ready; null while it is loading. */
	public Duration loadedIn() {
		return this.loadedIn;
	}

	/** Whether the database has started: reads may run (the schema may still be on its way). */
	public boolean isDatabaseStarted() {
		return this.database.isDone() && !this.database.isCompletedExceptionally();
	}

	/**
	 * Whether the store had this index when the database started: until the schema is in place, a query naming an
	 * index that is not there fails ({@link IndexPending}).
	 */
	public boolean hadIndexAtStart(String name) {
		Set<String> indexes = this.indexesAtStart;
		return indexes != null && indexes.contains(name);
	}

	/** Completes when the database has started, exceptionally when it could not start. */
	public CompletableFuture<Void> database() {
		return this.database.copy();
	}

	/** Whether the schema (the migrations) is in place: before, nothing may be written. */
	public boolean isSchemaReady() {
		return this.schema.isDone() && !this.schema.isCompletedExceptionally();
	}

	/**
	 * Waits at most {@code max} for the schema; true when it is in place. Throws when it could not be set up
	 * (the application is stopping then).
	 */
	public boolean awaitSchema(Duration max) {
		try {
			this.schema.get(max.toMillis(), TimeUnit.MILLISECONDS);
			return true;
		}
		catch (TimeoutException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("The database schema could not be set up", ex.getCause());
		}
	}

	/** Completes when the schema is in place, exceptionally when it could not be set up. */
	public CompletableFuture<Void> schema() {
		return this.schema.copy();
	}

	/** Whether a seed task is writing (the demo dataset into a new store): answers meanwhile miss what it adds. */
	public boolean isSeeding() {
		return this.seeding;
	}

	void databaseStarted(Set<String> indexes) {
		this.indexesAtStart = Set.copyOf(indexes);
		this.database.complete(null);
	}

	void schemaReady() {
		// the schema first: a read waiting for the database then runs seeing the schema in place
		this.schema.complete(null);
		this.database.complete(null);
	}

	void schemaFailed(Throwable cause) {
		this.database.completeExceptionally(cause);
		this.schema.completeExceptionally(cause);
	}

	void seeding(boolean seeding) {
		this.seeding = seeding;
	}

	void ready() {
		if (this.loadedIn == null) {
			this.loadedIn = Duration.between(this.started, Instant.now());
		}
	}

}
