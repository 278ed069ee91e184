package id.pokin.readiness;

/**
 * How much a finding matters. ERROR: an evaluator cannot follow or measure the cascade at that point (the
 * command exits non-zero); WARNING: the cascade holds but is weaker than the LKE asks; INFO: worth a look, often
 * legitimately absent from a decree. The weight is how much of its node one finding costs in the score.
 */
enum Severity {

	ERROR(1.0), WARNING(0.25), INFO(0.05);

	private final double weight;

	Severity(double weight) {
		this.weight = weight;
	}

	double weight() {
		return this.weight;
	}

}
