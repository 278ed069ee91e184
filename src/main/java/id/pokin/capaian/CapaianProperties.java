package id.pokin.capaian;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Capaian settings ({@code pokin.capaian.*}). Regions draw their categories differently (DOMAIN.md), so the
 * status thresholds are configuration, as is the cap a roll-up puts on each contributor.
 *
 * @param achieved from this percent on, {@code ACHIEVED}
 * @param onTrack from this percent on, {@code ON_TRACK}
 * @param atRisk from this percent on, {@code AT_RISK}; below it {@code OFF_TRACK}
 * @param cap the most one contributor counts for in a roll-up, so one over-achiever cannot hide a failure
 * @param maxCauses most cause paths {@code atRisk} lists per node (worst indicators first); all are counted
 * @param keptNodes most nodes of recently read subgraphs kept in memory while the graph stands still (about 1 KB
 *     each): a region of 10,000 nodes is read once for the Capaian page, the cascade's and the diagram's colours
 */
@ConfigurationProperties("pokin.capaian")
record CapaianProperties(@DefaultValue("100") double achieved, @DefaultValue("85") double onTrack,
		@DefaultValue("60") double atRisk, @DefaultValue("120") double cap, @DefaultValue("50") int maxCauses,
		@DefaultValue("200000") long keptNodes) {

	CapaianProperties {
		if (!(achieved >= onTrack && onTrack >= atRisk)) {
			throw new IllegalArgumentException("pokin.capaian: achieved (" + achieved + ") >= on-track (" + onTrack
					+ ") >= at-risk (" + atRisk + ") must hold");
		}
		if (cap <= 0 || maxCauses < 0 || keptNodes < 0) {
			throw new IllegalArgumentException("pokin.capaian: cap must be above 0, max-causes and kept-nodes not below 0");
		}
	}

	static CapaianProperties defaults() {
		return new CapaianProperties(100, 85, 60, 120, 50, 200_000);
	}

	CapaianStatus status(double percent) {
		if (percent >= this.achieved) {
			return CapaianStatus.ACHIEVED;
		}
		if (percent >= this.onTrack) {
			return CapaianStatus.ON_TRACK;
		}
		return percent >= this.atRisk ? CapaianStatus.AT_RISK : CapaianStatus.OFF_TRACK;
	}

}
