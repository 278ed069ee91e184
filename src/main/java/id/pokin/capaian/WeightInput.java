package id.pokin.capaian;

/**
 * The arguments of {@code setContributionWeight}, bound together. A weight left out and a weight given as null are
 * the same here: the weight goes back to 1.
 */
record WeightInput(String from, String to, Double weight) {
}
