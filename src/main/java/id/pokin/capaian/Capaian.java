package id.pokin.capaian;

/**
 * An indicator's capaian, or an element's roll-up of its contributors' capaian.
 *
 * @param percent one decimal; null when it cannot be computed ({@code NO_DATA})
 * @param target the target number used (for a range the bound used, for a SAKIP grade its place on the scale)
 * @param targetRaw the target as written
 * @param realisasi the realisasi number used
 * @param realisasiRaw the realisasi as written
 * @param period the period whose realisasi was used (for {@code YEAR}: the year's, else the latest quarter's)
 * @param basis how it was computed, or why it could not be
 * @param coverage for a roll-up: how many direct contributors counted, of how many; null for an indicator
 */
record Capaian(Double percent, CapaianStatus status, Double target, String targetRaw, Double realisasi,
		String realisasiRaw, Period period, Text basis, Coverage coverage) {

	static Capaian noData(Text why, String targetRaw, String realisasiRaw, Period period) {
		return new Capaian(null, CapaianStatus.NO_DATA, null, targetRaw, null, realisasiRaw, period, why, null);
	}

	boolean hasPercent() {
		return this.percent != null;
	}

}
