package id.pokin.graph;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.event.TransactionEventListener;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.storageengine.api.TransactionIdStore;

/**
 * The {@link GraphVersion} of a database in this process: the id of its last closed transaction, which every
 * commit that changed something, from this application or from any Bolt client, moves on, together with the number
 * of times the store was replaced (an offline import starts its ids again). Read from the kernel's own record
 * (an internal interface, as the embedded settings are).
 * <p>
 * What the last commits changed ({@link #changes}) is logged by a transaction listener ({@link #listener()},
 * registered with the database), so a kept subgraph can be patched instead of read again. Neo4j then copies every
 * change of every transaction for the listener (a few percent of a large import's write); a roll-up after an edit
 * reading a few nodes instead of a region is worth it. The log is bounded: a commit it no longer holds, or never
 * saw, is a gap, and nothing is carried over a gap.
 * <p>
 * A second listener ({@link #commits()}) tells which documents each commit changed ({@link CommitLog}), so that a
 * result over one region outlives an edit in another.
 */
public final class LastTransaction implements GraphVersion {

	/** Transaction ids stay far below this; a store replaced moves the number on by it. */
	private static final long STORE = 1L << 40;

	/** Most commits the log holds, and most node ids named in it together. */
	private static final int MAX_COMMITS = 4096;

	private static final int MAX_IDS = 100_000;

	private final Supplier<GraphDatabaseService> database;

	private final AtomicLong stores = new AtomicLong();

	private volatile Ids ids;

	private final ConcurrentSkipListMap<Long, GraphChange> log = new ConcurrentSkipListMap<>();

	private final AtomicLong loggedIds = new AtomicLong();

	private final CommitLog commits = new CommitLog(id -> this.stores.get() * STORE + id);

	public LastTransaction(Supplier<GraphDatabaseService> database) {
		this.database = database;
	}

	/** To register with the database (each time it starts), so {@link #changes} knows its commits. */
	public TransactionEventListener<?> listener() {
		return new ChangeListener(this);
	}

	/** The store was replaced: nothing computed on the one before holds. */
	public void storeReplaced() {
		this.stores.incrementAndGet();
		this.log.clear();
		this.loggedIds.set(0);
		this.commits.forget(this.stores.get() * STORE - 1);
	}

	/** To be registered on the database: what each commit changed ({@link #changedBetween}). */
	public CommitLog commits() {
		return this.commits;
	}

	@Override
	public Optional<Set<String>> changedBetween(long since, long now) {
		return since == now ? Optional.of(Set.of()) : this.commits.changedBetween(since, now);
	}

	@Override
	public void onCommit(BiConsumer<Long, Optional<Set<String>>> listener) {
		this.commits.onCommit(listener);
	}

	@Override
	public OptionalLong current() {
		try {
			GraphDatabaseService now = this.database.get();
			Ids known = this.ids;
			if (known == null || known.database() != now) {
				known = new Ids(now, ((GraphDatabaseAPI) now).getDependencyResolver()
					.resolveDependency(TransactionIdStore.class));
				this.ids = known;
			}
			return OptionalLong.of(this.stores.get() * STORE + known.store().getLastClosedTransactionId());
		}
		catch (RuntimeException ex) {
			// stopped or restarting: nothing may be kept on an unknown number
			return OptionalLong.empty();
		}
	}

	@Override
	public Optional<GraphChange> changes(long from, long to) {
		if (to < from) {
			return Optional.empty();
		}
		Map<Long, GraphChange> between = this.log.subMap(from, false, to, true);
		GraphChange all = GraphChange.none();
		long seen = 0;
		for (GraphChange change : between.values()) {
			all = all.then(change);
			seen++;
		}
		// every commit in between must be known; one the listener missed (a schema change, a token) is a gap
		return seen == to - from ? Optional.of(all) : Optional.empty();
	}

	void committed(long transactionId, GraphChange change) {
		if (transactionId < 0 || change.size() > MAX_IDS) {
			return;
		}
		this.log.put(this.stores.get() * STORE + transactionId, change);
		long held = this.loggedIds.addAndGet(change.size());
		while (this.log.size() > MAX_COMMITS || held > MAX_IDS) {
			Map.Entry<Long, GraphChange> oldest = this.log.pollFirstEntry();
			if (oldest == null) {
				break;
			}
			held = this.loggedIds.addAndGet(-oldest.getValue().size());
		}
	}

	private record Ids(GraphDatabaseService database, TransactionIdStore store) {
	}

}
