package id.pokin.readiness;

/**
 * How much a finding matters. ERROR: an evaluator cannot follow or measure the cascade at that point (the
 * command exits non-zero); WARNING: the cascade holds but is weaker than the LKE asks; INFO: worth a look, often
 * legitimately absent from a decree. The weight is what one finding costs in the score.
 */
enum Severity {

	ERROR(10), WARNING(3), INFO(1);

	private final int weight;

	Severity(int weight) {
		this.weight = weight;
	}

	int weight() {
		return this.weight;
	}

}
