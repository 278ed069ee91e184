package id.pokin.web;

import graphql.ErrorClassification;
import org.neo4j.driver.exceptions.Neo4jException;

import org.springframework.dao.QueryTimeoutException;

/**
 * A request whose database transaction ran past {@code pokin.graphql.timeout-seconds}: Neo4j ends it, and the
 * client is told which limit it hit and what to do, instead of a bare internal error.
 */
final class RequestTimeout {

	static final ErrorClassification CLASSIFICATION = Classification.TIMEOUT;

	private RequestTimeout() {
	}

	static boolean isCause(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof QueryTimeoutException) {
				return true;
			}
			if (cause instanceof Neo4jException neo4j && neo4j.code() != null
					&& neo4j.code().startsWith("Neo.ClientError.Transaction.TransactionTimedOut")) {
				return true;
			}
		}
		return false;
	}

	static String message(int seconds) {
		return "The request ran longer than the limit of %d s (pokin.graphql.timeout-seconds) and was stopped; ask for less: a smaller page, scope or depth"
			.formatted(seconds);
	}

	static String messageInBahasa(int seconds) {
		return "Permintaan berjalan melebihi batas %d detik (pokin.graphql.timeout-seconds) dan dihentikan; mintalah lebih sedikit: halaman, cakupan atau kedalaman yang lebih kecil"
			.formatted(seconds);
	}

	enum Classification implements ErrorClassification {

		TIMEOUT

	}

}
