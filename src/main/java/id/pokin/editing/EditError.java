package id.pokin.editing;

import graphql.ErrorClassification;

import org.springframework.graphql.execution.ErrorType;

/** Why an edit was refused: the {@code code} a client branches on, and the GraphQL classification. */
enum EditError {

	/** A node the edit names does not exist. */
	NODE_NOT_FOUND(ErrorType.NOT_FOUND),
	/** A node of the wrong kind for its place: a unit as a contribution's parent, an indicator as a unit... */
	WRONG_KIND(ErrorType.BAD_REQUEST),
	/** A link from a node to itself. */
	SELF_LINK(ErrorType.BAD_REQUEST),
	/** A link that would close a cycle; the message and {@code cycle} show the way round. */
	CYCLE(ErrorType.BAD_REQUEST),
	/** A field value that is not allowed (empty name, text too long, id already taken...). */
	INVALID_VALUE(ErrorType.BAD_REQUEST),
	/** A target that cannot be set: a year outside the plan period or given twice, an empty or too long text. */
	INVALID_TARGET(ErrorType.BAD_REQUEST),
	/** A delete that would leave contributors or sub-units hanging. */
	IN_USE(ErrorType.BAD_REQUEST),
	/** The node changed since the client read it: read it again and reapply. */
	STALE_VERSION(Conflict.CONFLICT),
	/** The signed-in user may not change this node (another perangkat daerah's, or no perangkat daerah). */
	NOT_YOURS(ErrorType.FORBIDDEN);

	private final ErrorClassification classification;

	EditError(ErrorClassification classification) {
		this.classification = classification;
	}

	ErrorClassification classification() {
		return this.classification;
	}

	/** Spring's {@link ErrorType} has no conflict. */
	enum Conflict implements ErrorClassification {

		CONFLICT

	}

}
