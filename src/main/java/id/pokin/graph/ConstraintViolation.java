package id.pokin.graph;

import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.graphdb.ConstraintViolationException;
import org.neo4j.kernel.api.exceptions.Status;

/**
 * Recognises a unique-constraint failure ({@code Neo.ClientError.Schema.ConstraintValidationFailed}) among the
 * ways it arrives: the driver's exception, Neo4j's own in-process exceptions, and whatever Spring wraps them in
 * ({@code DataIntegrityViolationException}, a failed commit). It is what two writers creating the same new id at
 * the same moment get: both checked that the id was free, the second one to write is refused by the constraint.
 */
public final class ConstraintViolation {

	static final String CODE = "Neo.ClientError.Schema.ConstraintValidationFailed";

	private ConstraintViolation() {
	}

	public static boolean isCause(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof Neo4jException neo4j && CODE.equals(neo4j.code())) {
				return true;
			}
			if (t instanceof ConstraintViolationException) {
				return true;
			}
			if (t instanceof Status.HasStatus status && status.status() == Status.Schema.ConstraintValidationFailed) {
				return true;
			}
		}
		return false;
	}

}
