package id.pokin.security;

/**
 * What a signed-in user may do. Evaluators read; planners edit (within their perangkat daerah, where an
 * edit names one); administrators do everything, including imports of any region.
 */
public enum Role {

	EVALUATOR, PLANNER, ADMIN;

	public String authority() {
		return "ROLE_" + name();
	}

}
