package id.pokin.readiness;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import id.pokin.coordination.DocumentChanges;
import id.pokin.coordination.ImportsUnderWay;
import id.pokin.graph.GraphWrites;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Keeps the stored rules' verdicts in the graph ({@link ReadinessRule#stored()}: rules whose verdict on a node depends
 * on nothing but the node, its own links, the nodes these reach and its document). In a checked document every node
 * one of them finds at fault carries the label {@code AtFault} (and so does every candidate of a rule that reads the
 * flags, {@link RuleCatalog#candidates()}), and the document's {@code CheckedDocument} names the rules
 * ({@link RuleCatalog#storedVersion()}). A report then reads a checked document's few flagged nodes by index and runs
 * the rules on those alone; a document not checked (yet) is read whole, as before, so a report is the same either
 * way.
 * <p>
 * Every writer records the documents it changes in its own transaction ({@link DocumentChanges}), which makes them
 * unchecked at the moment the change commits. A thread of this class checks them again once writers have paused for
 * a round ({@code pokin.readiness.check-interval}), and on start every document no writer has recorded (a bulk load,
 * an older store). A check reads the document's generation, runs the stored rules on the document, and writes the
 * labels only if no writer has committed to the document since: under the record's lock, checked again.
 * <p>
 * A check runs the rules one query at a time and, before each, waits for imports under way to end
 * ({@link ImportsUnderWay}), so that it takes the CPU from an upload for one query at most.
 */
@Component
class StoredFindings implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(StoredFindings.class);

	private static final String CHECKED = """
			UNWIND $documents AS document
			MATCH (c:CheckedDocument {document: document})
			WHERE c.rules = $rules
			RETURN document
			""";

	private static final String PENDING = """
			MATCH (c:CheckedDocument)
			WHERE c.rules IS NULL OR c.rules <> $rules
			RETURN c.document AS document, c.generation AS generation
			ORDER BY document
			""";

	/** Documents no writer has recorded: from the sourceDocument index, no node is read. */
	private static final String NEVER_RECORDED = """
			MATCH (n:Node) WHERE n.sourceDocument IS NOT NULL
			WITH DISTINCT n.sourceDocument AS document
			WHERE NOT EXISTS { MATCH (:CheckedDocument {document: document}) }
			RETURN document
			ORDER BY document
			""";

	/** Made if missing, in a transaction of its own: from here on a writer of the document raises the generation. */
	private static final String GENERATION = """
			MERGE (c:CheckedDocument {document: $document})
			ON CREATE SET c.generation = 0
			RETURN c.generation AS generation
			""";

	/** The record's lock, held to the commit; no writer can change the document until then. */
	private static final String LOCK = """
			MATCH (c:CheckedDocument {document: $document})
			REMOVE c.rules
			""";

	private static final String LOCKED_GENERATION = """
			MATCH (c:CheckedDocument {document: $document})
			RETURN c.generation AS generation
			""";

	private static final String UNFLAG = """
			MATCH (n:AtFault {sourceDocument: $document})
			REMOVE n:AtFault
			""";

	private static final String FLAG = """
			UNWIND $ids AS id
			MATCH (n:Node {id: id})
			WHERE n.sourceDocument = $document
			SET n:AtFault
			""";

	private static final String CHECKED_WITH = """
			MATCH (c:CheckedDocument {document: $document})
			SET c.rules = $rules
			""";

	/** How often a document is tried again when writers keep changing it during its check. */
	private static final int ATTEMPTS = 3;

	/** How many rounds a check waits for writers to pause, at most. */
	private static final int MAX_QUIET_ROUNDS = 15;

	/** How long after an import a check goes on: a series of uploads is one pause, not many. */
	private static final Duration IMPORT_SETTLE = Duration.ofSeconds(1);

	/** How long a check waits for imports at one step, at most: a stream of them cannot hold it off for good. */
	private static final Duration MAX_IMPORT_WAIT = Duration.ofSeconds(30);

	private final RuleQueries queries;

	private final GraphWrites writes;

	private final RuleCatalog catalog;

	private final Duration interval;

	private final ImportsUnderWay imports;

	private volatile ScheduledExecutorService thread;

	/** What the background thread saw waiting in its last round (only it reads and writes these). */
	private Map<String, Object> lastPending = Map.of();

	private int waitedRounds;

	StoredFindings(RuleQueries queries, GraphWrites writes, RuleCatalog catalog, ReadinessProperties properties,
			ImportsUnderWay imports) {
		this.queries = queries;
		this.writes = writes;
		this.catalog = catalog;
		this.interval = properties.checkInterval();
		this.imports = imports;
	}

	/** Which of these documents are checked with the current stored rules. */
	List<String> checked(List<String> documents) {
		if (documents.isEmpty() || this.catalog.stored().isEmpty()) {
			return List.of();
		}
		return this.queries.rows(CHECKED, Map.of("documents", documents, "rules", this.catalog.storedVersion()))
			.stream()
			.map(row -> (String) row.get("document"))
			.toList();
	}

	/**
	 * Checks every document that waits for it (and, with {@code everyDocument}, every document no writer has
	 * recorded); returns how many it checked.
	 */
	int checkPending(boolean everyDocument) {
		if (this.catalog.stored().isEmpty()) {
			return 0;
		}
		Set<String> documents = new LinkedHashSet<>();
		if (everyDocument) {
			this.queries.rows(NEVER_RECORDED, Map.of()).forEach(row -> documents.add((String) row.get("document")));
		}
		documents.addAll(pending().keySet());
		return check(documents);
	}

	/** The documents that wait for a check, with their generations. */
	private Map<String, Object> pending() {
		Map<String, Object> pending = new LinkedHashMap<>();
		this.queries.rows(PENDING, Map.of("rules", this.catalog.storedVersion()))
			.forEach(row -> pending.put((String) row.get("document"), row.get("generation")));
		return pending;
	}

	/**
	 * One round of the background thread: the documents that wait are checked once no writer has changed any
	 * of them for a whole interval (or they have waited {@link #MAX_QUIET_ROUNDS} rounds), so that a check does not
	 * take the CPU from a series of imports, whose documents a report reads whole meanwhile.
	 */
	private int checkWhenQuiet() {
		if (this.catalog.stored().isEmpty()) {
			return 0;
		}
		Map<String, Object> pending = pending();
		if (pending.isEmpty()) {
			this.lastPending = Map.of();
			this.waitedRounds = 0;
			return 0;
		}
		if (!pending.equals(this.lastPending) && this.waitedRounds < MAX_QUIET_ROUNDS) {
			this.lastPending = pending;
			this.waitedRounds++;
			return 0;
		}
		this.waitedRounds = 0;
		return check(pending.keySet());
	}

	private int check(Set<String> documents) {
		int checked = 0;
		long start = System.nanoTime();
		for (String document : documents) {
			for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
				if (check(document, () -> {
				})) {
					checked++;
					break;
				}
			}
		}
		if (checked > 0) {
			log.info("Readiness: {} document(s) checked for the stored rules in {} ms", checked,
					(System.nanoTime() - start) / 1_000_000);
		}
		return checked;
	}

	/**
	 * Checks one document: true when its labels are now those of the stored rules, false when a writer committed
	 * to it during the check (it stays unchecked and is tried again).
	 *
	 * @param beforeWriting runs between reading the document and writing its labels (tests: a writer there)
	 */
	boolean check(String document, Runnable beforeWriting) {
		leaveTheCpuToImports();
		Object generation = this.writes.inTransaction(graph -> graph.fetch(GENERATION, Map.of("document", document))
			.get(0)
			.get("generation"));
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("checkedDocuments", List.of());
		parameters.put("uncheckedDocuments", List.of(document));
		parameters.put("nodes", List.of());
		parameters.put("levels", ReadinessService.levelRanks());
		parameters.put("levelOrder", ReadinessService.levelOrder());
		Set<String> found = new LinkedHashSet<>();
		for (ReadinessRule rule : this.catalog.stored()) {
			leaveTheCpuToImports();
			found.addAll(this.queries.nodeIds(rule, parameters));
		}
		for (String candidates : this.catalog.candidates()) {
			leaveTheCpuToImports();
			this.queries.rows(candidates, parameters).forEach(row -> found.add((String) row.get("id")));
		}
		List<String> atFault = new ArrayList<>(found);
		beforeWriting.run();
		leaveTheCpuToImports();
		String rules = this.catalog.storedVersion();
		return this.writes.inTransaction(graph -> {
			graph.run(LOCK, Map.of("document", document));
			Object now = graph.fetch(LOCKED_GENERATION, Map.of("document", document)).get(0).get("generation");
			if (!Objects.equals(generation, now)) {
				return false;
			}
			graph.run(UNFLAG, Map.of("document", document));
			graph.run(FLAG, Map.of("ids", atFault, "document", document));
			graph.run(CHECKED_WITH, Map.of("document", document, "rules", rules));
			return true;
		});
	}

	/** Waits for the imports under way ({@link ImportsUnderWay}); an interrupt (the app stops) ends the check. */
	private void leaveTheCpuToImports() {
		try {
			this.imports.awaitQuiet(IMPORT_SETTLE, MAX_IMPORT_WAIT);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new CheckStopped();
		}
	}

	/** The application stops: a check in progress ends and writes nothing. */
	private static final class CheckStopped extends RuntimeException {

		CheckStopped() {
			super("the application stops", null, false, false);
		}

	}

	@Override
	public void start() {
		if (this.interval.isZero() || this.interval.isNegative()) {
			return;
		}
		ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
			Thread thread = new Thread(runnable, "readiness-check");
			thread.setDaemon(true);
			return thread;
		});
		executor.execute(() -> run(true));
		executor.scheduleWithFixedDelay(() -> run(false), this.interval.toMillis(), this.interval.toMillis(),
				TimeUnit.MILLISECONDS);
		this.thread = executor;
	}

	private void run(boolean atStart) {
		try {
			if (atStart) {
				checkPending(true);
			}
			else {
				checkWhenQuiet();
			}
		}
		catch (CheckStopped ex) {
			// the document stays unchecked; the next start checks it
		}
		catch (RuntimeException ex) {
			// the next round tries again; until then reports read the unchecked documents whole
			log.warn("Readiness: checking documents for the stored rules failed: {}", ex.toString());
		}
	}

	@Override
	public void stop() {
		ScheduledExecutorService executor = this.thread;
		this.thread = null;
		if (executor != null) {
			executor.shutdownNow();
			try {
				executor.awaitTermination(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return this.thread != null;
	}

}
