package id.pokin.database;

import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;

import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.graphdb.event.TransactionData;
import org.neo4j.graphdb.event.TransactionEventListenerAdapter;

/**
 * The {@link GraphVersion} of a database in this process: Neo4j calls it after every transaction that committed a
 * change, from this application or from any Bolt client of the database. It is raised before the writer's
 * {@code commit()} returns, so whoever wrote and then reads sees the new number.
 */
public final class CommitCounter extends TransactionEventListenerAdapter<Object> implements GraphVersion {

	private final AtomicLong commits = new AtomicLong();

	/** Counts the commits of the database {@code name} of {@code service} from now on. */
	public void listenTo(DatabaseManagementService service, String name) {
		service.registerTransactionEventListener(name, this);
	}

	/** The store changed in a way no transaction reports (a restart around an offline import). */
	public void changed() {
		this.commits.incrementAndGet();
	}

	@Override
	public void afterCommit(TransactionData data, Object state, org.neo4j.graphdb.GraphDatabaseService database) {
		this.commits.incrementAndGet();
	}

	@Override
	public OptionalLong current() {
		return OptionalLong.of(this.commits.get());
	}

}
