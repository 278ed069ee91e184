package id.pokin.node;

/**
 * The tiers of the cascade, top to bottom. Units sit at one tier; elements and indicators at the tier
 * whose unit answers for them. Biro, Bidang and Sekretariat count as {@link #BAGIAN}; Seksi and
 * Subkoordinator as {@link #SUBBAGIAN}.
 */
public enum Level {

	PEMDA, PERANGKAT_DAERAH, ASISTEN, BAGIAN, SUBBAGIAN;

	/** 0 for the top tier; larger is lower in the cascade. */
	public int rank() {
		return ordinal();
	}

}
