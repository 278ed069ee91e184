package id.pokin.audit;

/** What a recorded change did to its node. */
public enum ChangeAction {

	/** The node was created (GraphQL). */
	CREATE,
	/** Its properties or targets changed (GraphQL). */
	UPDATE,
	/** It was deleted (GraphQL); its history stays. */
	DELETE,
	/** A CONTRIBUTES_TO or RESPONSIBLE_FOR link to or from it was added. */
	LINK,
	/** Such a link was removed. */
	UNLINK,
	/** An import file created or changed it. */
	IMPORT

}
