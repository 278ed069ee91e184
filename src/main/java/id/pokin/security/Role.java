package id.pokin.security;

/**
 * What a signed-in user may do. Evaluators read; planners edit the nodes of their perangkat daerah through the
 * GraphQL mutations; administrators do everything, including imports (a file can touch any region).
 */
public enum Role {

	EVALUATOR, PLANNER, ADMIN;

	public String authority() {
		return "ROLE_" + name();
	}

}
