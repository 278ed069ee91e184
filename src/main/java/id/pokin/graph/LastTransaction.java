package id.pokin.graph;

import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.storageengine.api.TransactionIdStore;

/**
 * The {@link GraphVersion} of a database in this process: the id of its last closed transaction, which every
 * commit that changed something, from this application or from any Bolt client, moves on, together with the number
 * of times the store was replaced (an offline import starts its ids again). Read from the kernel's own record
 * (an internal interface, as the embedded settings are): a transaction listener would do too, but Neo4j then copies
 * every change of every transaction for it, ~2.5% of a 5,000-row import's write. That listener is registered all
 * the same ({@link #commits()}), for what it tells beyond the number: which documents each commit changed
 * ({@link CommitLog}), so that a result over one region outlives an edit in another.
 */
public final class LastTransaction implements GraphVersion {

	/** Transaction ids stay far below this; a store replaced moves the number on by it. */
	private static final long STORE = 1L << 40;

	private final Supplier<GraphDatabaseService> database;

	private final AtomicLong stores = new AtomicLong();

	private volatile Ids ids;

	private final CommitLog commits = new CommitLog(id -> this.stores.get() * STORE + id);

	public LastTransaction(Supplier<GraphDatabaseService> database) {
		this.database = database;
	}

	/** The store was replaced: nothing computed on the one before holds. */
	public void storeReplaced() {
		this.commits.forget(this.stores.incrementAndGet() * STORE - 1);
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

	private record Ids(GraphDatabaseService database, TransactionIdStore store) {
	}

}
