package id.pokin.capaian;

/** Where a capaian stands against the thresholds of {@link CapaianProperties}. */
public enum CapaianStatus {

	/** At or above {@code pokin.capaian.achieved} (100). */
	ACHIEVED,
	/** At or above {@code pokin.capaian.on-track} (85). */
	ON_TRACK,
	/** At or above {@code pokin.capaian.at-risk} (60). */
	AT_RISK,
	/** Below that. */
	OFF_TRACK,
	/** No percent could be computed; the basis says why. */
	NO_DATA;

	public boolean failing() {
		return this == AT_RISK || this == OFF_TRACK;
	}

}
