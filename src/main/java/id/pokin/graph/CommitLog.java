package id.pokin.graph;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.LongUnaryOperator;

import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Transaction;
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
			return CommitTouch.of(data);
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

}
