package id.pokin.capaian;

/**
 * The arguments of {@code setRealisasi}, bound together: the indicator and the version the change was made against,
 * the year and period, the value as written (null or blank removes the realisasi) and its evidence.
 */
record RealisasiInput(String id, long version, int year, Period period, String value, String evidence) {
}
