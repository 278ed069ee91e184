package id.pokin.editing;

/** One year's target ({@code TargetInput}): a value sets it, null or blank removes it. */
record TargetInput(int year, String value) {
}
