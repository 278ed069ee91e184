package id.pokin.graph;

import java.time.Duration;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DelegatingTransactionDefinition;

/**
 * Spring's transactions with each one's timeout bounded by the deadline of the request it works for
 * ({@link QueryDeadline}): a transaction a request starts near its end gets only the time left, so none outlives the
 * request. Neo4j's transaction timeout is in seconds here (Spring's unit), so the bound is rounded up to the next one.
 */
final class DeadlineTransactions implements PlatformTransactionManager {

	private final PlatformTransactionManager transactions;

	DeadlineTransactions(PlatformTransactionManager transactions) {
		this.transactions = transactions;
	}

	@Override
	public TransactionStatus getTransaction(TransactionDefinition definition) throws TransactionException {
		if (definition == null || QueryDeadline.current() == null) {
			return this.transactions.getTransaction(definition);
		}
		Duration configured = definition.getTimeout() == TransactionDefinition.TIMEOUT_DEFAULT ? null
				: Duration.ofSeconds(definition.getTimeout());
		Duration bound = QueryDeadline.bound(configured);
		int seconds = (int) Math.max(1, (bound.toMillis() + 999) / 1000);
		return this.transactions.getTransaction(new DelegatingTransactionDefinition(definition) {
			@Override
			public int getTimeout() {
				return seconds;
			}
		});
	}

	@Override
	public void commit(TransactionStatus status) throws TransactionException {
		this.transactions.commit(status);
	}

	@Override
	public void rollback(TransactionStatus status) throws TransactionException {
		this.transactions.rollback(status);
	}

}
