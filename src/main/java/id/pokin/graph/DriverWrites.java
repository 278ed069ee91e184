package id.pokin.graph;

import java.util.function.Function;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Write transactions of Spring's transaction manager, through the driver: what a server or cluster gets. */
final class DriverWrites implements GraphWrites {

	private final TransactionTemplate transactions;

	private final GraphTransaction queries;

	DriverWrites(PlatformTransactionManager transactions, Neo4jClient client) {
		this.transactions = new TransactionTemplate(transactions);
		this.queries = new Neo4jClientTransaction(client);
	}

	@Override
	public <T> T inTransaction(Function<GraphTransaction, T> work) {
		return this.transactions.execute(status -> work.apply(this.queries));
	}

}
