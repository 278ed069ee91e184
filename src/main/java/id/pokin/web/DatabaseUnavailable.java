package id.pokin.web;

import graphql.ErrorClassification;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Recognises "Neo4j cannot be reached" among the ways the driver and Spring report it. The driver reconnects
 * by itself, so these requests fail fast with a clear message and later ones succeed once Neo4j is back.
 */
final class DatabaseUnavailable {

	static final ErrorClassification CLASSIFICATION = ErrorClassification.errorClassification("UNAVAILABLE");

	static final String MESSAGE = "The graph database cannot be reached right now; try again in a moment";

	private DatabaseUnavailable() {
	}

	static boolean isCause(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof ServiceUnavailableException || t instanceof SessionExpiredException
					|| t instanceof CannotCreateTransactionException
					|| t instanceof DataAccessResourceFailureException) {
				return true;
			}
			if (t.getCause() == t) {
				break;
			}
		}
		return false;
	}

}
