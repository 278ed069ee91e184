package id.pokin.web;

import id.pokin.cascade.NodeNotFoundException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The same error vocabulary for the REST endpoints (downloads, uploads), as RFC 9457 problem details. */
@RestControllerAdvice
class RestErrors {

	@ExceptionHandler(NodeNotFoundException.class)
	ProblemDetail notFound(NodeNotFoundException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	@ExceptionHandler({ CannotCreateTransactionException.class, DataAccessResourceFailureException.class,
			ServiceUnavailableException.class, SessionExpiredException.class })
	ProblemDetail unavailable() {
		return ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, DatabaseUnavailable.MESSAGE);
	}

}
