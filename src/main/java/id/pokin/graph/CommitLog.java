package id.pokin.graph;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.LongUnaryOperator;

import org.neo4j.graphdb.Entity;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.Transaction;
import org.neo4j.graphdb.event.LabelEntry;
import org.neo4j.graphdb.event.PropertyEntry;
import org.neo4j.graphdb.event.TransactionData;
import org.neo4j.graphdb.event.TransactionEventListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which documents each recent commit of the embedded database changed, so that what was computed over some
 * documents can outlive commits to others ({@link GraphVersion#changedBetween}). A commit is attributed to the
 * documents its writer recorded ({@code id.pokin.coordination.DocumentChanges} raises their {@code CheckedDocument}
 * generations in the same transaction; a writer records the documents of the nodes it changes and of the nodes that
 * contribute to those, since what is said of a node may depend on the nodes its links reach), and only when
 * every change it made is covered by them: every {@code :Node} created, deleted or changed (properties, labels, the
 * links at either end) has a {@code sourceDocument} among them. Anything else (a node without a document, a
 * writer that records nothing, a change to something that is not a {@code :Node}) cannot be attributed, and
 * counts as changing everything. A few changes change nothing a result is computed from: the readiness check's
 * own records and flags ({@code CheckedDocument}, the label {@code AtFault}), the audit's {@code Change} records and
 * the editors' {@code PokinLock}s.
 * <p>
 * Kept for the last {@link #KEPT} commits; an older one is unknown, which again means everything. Neo4j tells no
 * listener of a transaction that changed no data (tokens, schema), so a number without an entry changed nothing,
 * unless a commit is under way: between its two calls every number counts as unknown.
 */
public final class CommitLog implements TransactionEventListener<CommitLog.Touch> {

	private static final Logger log = LoggerFactory.getLogger(CommitLog.class);

	/** How many commits are remembered: far more than happen between two requests for the same result. */
	static final int KEPT = 10_000;

	private static final Label NODE = Label.label("Node");

	private static final Label CHECKED_DOCUMENT = Label.label("CheckedDocument");

	/** Labels whose nodes no result is computed from (see the class comment). */
	private static final Set<String> NEUTRAL_NODES = Set.of("CheckedDocument", "Change", "PokinLock");

	/** Labels that may come and go on a {@code :Node} without changing what is computed from it. */
	private static final Set<String> NEUTRAL_LABELS = Set.of("AtFault");

	/** What a commit changed: these documents, or (null) anything. */
	record Touch(Set<String> documents) {

		static final Touch EVERYTHING = new Touch(null);

		boolean everything() {
			return this.documents == null;
		}

	}

	/** The version of each remembered commit, its touch. */
	private final ConcurrentSkipListMap<Long, Touch> commits = new ConcurrentSkipListMap<>();

	/** Commits of data between their listeners' two calls. */
	private final AtomicInteger committing = new AtomicInteger();

	/** The newest version no longer remembered: what changed up to it cannot be said. */
	private volatile long forgotten = Long.MIN_VALUE;

	/** What the version of a commit is, given its transaction id (the store's number added). */
	private final LongUnaryOperator versionOf;

	private final List<BiConsumer<Long, Optional<Set<String>>>> listeners = new CopyOnWriteArrayList<>();

	CommitLog(LongUnaryOperator versionOf) {
		this.versionOf = versionOf;
	}

	/** Told, in the committing thread (so: quickly), of every commit: its version and what it changed. */
	void onCommit(BiConsumer<Long, Optional<Set<String>>> listener) {
		this.listeners.add(listener);
	}

	/**
	 * The documents the commits after version {@code since} up to {@code now} changed together, or empty when one of
	 * them changed what cannot be attributed, or is not remembered.
	 */
	Optional<Set<String>> changedBetween(long since, long now) {
		// read after now (the caller's): a commit of data at or before it is either remembered or still counted here
		boolean committing = this.committing.get() > 0;
		if (now < since || now - since > KEPT || since <= this.forgotten) {
			return Optional.empty();
		}
		Set<String> changed = new HashSet<>();
		for (long version = since + 1; version <= now; version++) {
			Touch touch = this.commits.get(version);
			if (touch == null) {
				// Neo4j calls no listener for a transaction that changed no data (new tokens, a schema change): a
				// number nothing is remembered for changed nothing a result reads, unless its commit is still
				// under way
				if (committing) {
					return Optional.empty();
				}
				continue;
			}
			if (touch.everything()) {
				return Optional.empty();
			}
			changed.addAll(touch.documents());
		}
		return Optional.of(changed);
	}

	/** Forgets every commit up to this version (the store was replaced). */
	void forget(long upTo) {
		this.forgotten = Math.max(this.forgotten, upTo);
		this.commits.headMap(upTo, true).clear();
	}

	@Override
	public Touch beforeCommit(TransactionData data, Transaction transaction, GraphDatabaseService database) {
		// before the commit takes its number: counted until it is remembered (afterCommit) or rolled back
		this.committing.incrementAndGet();
		try {
			return touch(data);
		}
		catch (RuntimeException ex) {
			// never fail a commit over what a cache may keep
			log.debug("A commit could not be attributed to documents: {}", ex.toString());
			return Touch.EVERYTHING;
		}
	}

	@Override
	public void afterCommit(TransactionData data, Touch touch, GraphDatabaseService database) {
		long version;
		Touch known = touch != null ? touch : Touch.EVERYTHING;
		try {
			long id = data.getTransactionId();
			if (id <= 0) {
				// no number: nothing before now can be told apart from it
				this.forgotten = Long.MAX_VALUE;
				return;
			}
			version = this.versionOf.applyAsLong(id);
			if (log.isDebugEnabled()) {
				log.debug("Commit {} changed {}", version, known.everything() ? "everything" : known.documents());
			}
			this.commits.put(version, known);
			while (this.commits.size() > KEPT) {
				Long oldest = this.commits.pollFirstEntry().getKey();
				this.forgotten = Math.max(this.forgotten, oldest);
			}
		}
		finally {
			this.committing.decrementAndGet();
		}
		Optional<Set<String>> changed = known.everything() ? Optional.empty() : Optional.of(known.documents());
		for (var listener : this.listeners) {
			try {
				listener.accept(version, changed);
			}
			catch (RuntimeException ex) {
				log.warn("A listener of commits failed: {}", ex.toString());
			}
		}
	}

	@Override
	public void afterRollback(TransactionData data, Touch touch, GraphDatabaseService database) {
		this.committing.decrementAndGet();
	}

	/** The documents the commit changed, if every change is covered by those its writer recorded. */
	static Touch touch(TransactionData data) {
		// a node's labels and document as the commit leaves them, read once: an import's every property, label and
		// link would otherwise read them again (five entries or more for each of thousands of nodes)
		Map<Node, Seen> seen = new HashMap<>();
		Set<String> recorded = new HashSet<>();
		Set<String> changed = new HashSet<>();
		// what a deleted node was: its labels and document, which it no longer has
		Map<String, Set<String>> deletedLabels = new HashMap<>();
		Map<String, Object> deletedDocuments = new HashMap<>();
		for (LabelEntry entry : data.removedLabels()) {
			Node node = entry.node();
			if (data.isDeleted(node)) {
				deletedLabels.computeIfAbsent(node.getElementId(), id -> new HashSet<>()).add(entry.label().name());
			}
			else if (!NEUTRAL_LABELS.contains(entry.label().name()) && !add(node, changed, seen)) {
				return Touch.EVERYTHING;
			}
		}
		for (PropertyEntry<Node> entry : data.removedNodeProperties()) {
			Node node = entry.entity();
			if (data.isDeleted(node)) {
				if ("sourceDocument".equals(entry.key())) {
					deletedDocuments.put(node.getElementId(), entry.previouslyCommittedValue());
				}
			}
			else if (!property(node, entry, recorded, changed, seen)) {
				return Touch.EVERYTHING;
			}
		}
		for (PropertyEntry<Node> entry : data.assignedNodeProperties()) {
			if (!property(entry.entity(), entry, recorded, changed, seen)) {
				return Touch.EVERYTHING;
			}
		}
		for (LabelEntry entry : data.assignedLabels()) {
			if (!NEUTRAL_LABELS.contains(entry.label().name()) && !add(entry.node(), changed, seen)) {
				return Touch.EVERYTHING;
			}
		}
		for (Node node : data.createdNodes()) {
			if (!add(node, changed, seen)) {
				return Touch.EVERYTHING;
			}
		}
		for (Node node : data.deletedNodes()) {
			if (!addDeleted(node.getElementId(), deletedLabels, deletedDocuments, changed)) {
				return Touch.EVERYTHING;
			}
		}
		for (Iterable<Relationship> links : List.of(data.createdRelationships(), data.deletedRelationships())) {
			for (Relationship link : links) {
				for (Node end : link.getNodes()) {
					boolean known = data.isDeleted(end)
							? addDeleted(end.getElementId(), deletedLabels, deletedDocuments, changed)
							: add(end, changed, seen);
					if (!known) {
						return Touch.EVERYTHING;
					}
				}
			}
		}
		for (Iterable<PropertyEntry<Relationship>> entries : List.of(data.assignedRelationshipProperties(),
				data.removedRelationshipProperties())) {
			for (PropertyEntry<Relationship> entry : entries) {
				for (Node end : entry.entity().getNodes()) {
					if (data.isDeleted(end) || !add(end, changed, seen)) {
						return Touch.EVERYTHING;
					}
				}
			}
		}
		return recorded.containsAll(changed) ? new Touch(Set.copyOf(recorded)) : Touch.EVERYTHING;
	}

	/** A property of a node that is not deleted: a record's generation raised records its document. */
	private static boolean property(Node node, PropertyEntry<Node> entry, Set<String> recorded, Set<String> changed,
			Map<Node, Seen> seen) {
		if (seen(node, seen).checkedDocument()) {
			// a writer's record raises the generation to 1 or more; the check's own record starts at 0
			if ("generation".equals(entry.key()) && !Long.valueOf(0).equals(entry.value())
					&& node.getProperty("document", null) instanceof String document) {
				recorded.add(document);
			}
			return true;
		}
		if ("sourceDocument".equals(entry.key())) {
			// the node leaves its old document: that one changes too
			if (entry.previouslyCommittedValue() instanceof String before) {
				changed.add(before);
			}
			else if (entry.previouslyCommittedValue() != null) {
				return false;
			}
		}
		return add(node, changed, seen);
	}

	/** A node that is not deleted: neutral, or a {@code :Node} of a document (added), or not attributable. */
	private static boolean add(Node node, Set<String> changed, Map<Node, Seen> seen) {
		Seen what = seen(node, seen);
		if (what.neutral()) {
			return true;
		}
		if (what.document() != null) {
			changed.add(what.document());
			return true;
		}
		return false;
	}

	private static Seen seen(Node node, Map<Node, Seen> seen) {
		Seen what = seen.get(node);
		if (what == null) {
			what = new Seen(node.hasLabel(CHECKED_DOCUMENT), neutral(node),
					node.hasLabel(NODE) && node.getProperty("sourceDocument", null) instanceof String document ? document
							: null);
			seen.put(node, what);
		}
		return what;
	}

	/** A node that is not deleted, as the commit leaves it; {@code document} only on a {@code :Node}. */
	private record Seen(boolean checkedDocument, boolean neutral, String document) {
	}

	private static boolean addDeleted(String id, Map<String, Set<String>> labels, Map<String, Object> documents,
			Set<String> changed) {
		Set<String> had = labels.getOrDefault(id, Set.of());
		if (!had.isEmpty() && NEUTRAL_NODES.containsAll(had)) {
			return true;
		}
		if (had.contains("Node") && documents.get(id) instanceof String document) {
			changed.add(document);
			return true;
		}
		return false;
	}

	private static boolean neutral(Entity entity) {
		if (!(entity instanceof Node node)) {
			return false;
		}
		boolean any = false;
		for (Label label : node.getLabels()) {
			if (!NEUTRAL_NODES.contains(label.name())) {
				return false;
			}
			any = true;
		}
		return any;
	}

}
