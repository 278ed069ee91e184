package id.pokin.capaian;

import java.util.TreeMap;

import id.pokin.node.Indicator.Polarity;
import id.pokin.sheet.TargetValue;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every formula case of issue #25 and DOMAIN.md, the range boundaries, grades, the reasons for no data. */
class CapaianFormulaTests {

	private static final CapaianProperties SETTINGS = CapaianProperties.defaults();

	private static Capaian capaian(Polarity polarity, String target, String realisasi) {
		TargetValue t = TargetValue.of(target);
		Realisasi r = realisasi == null ? null
				: RealisasiLists.of(2025, Period.YEAR, realisasi, null, null, null, "test", null);
		return CapaianFormula.of(polarity, t == null ? null : t.raw(), t == null ? null : t.number(), r, 2025,
				Period.YEAR, SETTINGS);
	}

	@Test
	void higherIsBetterIsRealisasiOverTarget() {
		Capaian c = capaian(Polarity.HIGHER_IS_BETTER, "80%", "70%");
		assertThat(c.percent()).isEqualTo(87.5);
		assertThat(c.status()).isEqualTo(CapaianStatus.ON_TRACK);
		assertThat(c.target()).isEqualTo(80.0);
		assertThat(c.realisasi()).isEqualTo(70.0);
		assertThat(c.basis().en()).startsWith("Higher is better: R / T \u00d7 100 = 70 / 80");
		assertThat(c.basis().id()).startsWith("Semakin tinggi semakin baik");
		// uncapped for an indicator, one decimal
		assertThat(capaian(Polarity.HIGHER_IS_BETTER, "3", "10").percent()).isEqualTo(333.3);
		assertThat(capaian(Polarity.HIGHER_IS_BETTER, "72,4", "78,2").percent()).isEqualTo(108.0);
	}

	@Test
	void lowerIsBetterIsTwiceTargetLessRealisasiNotBelowZero() {
		assertThat(capaian(Polarity.LOWER_IS_BETTER, "10", "8").percent()).isEqualTo(120.0);
		assertThat(capaian(Polarity.LOWER_IS_BETTER, "10", "12").percent()).isEqualTo(80.0);
		Capaian floor = capaian(Polarity.LOWER_IS_BETTER, "10", "25");
		assertThat(floor.percent()).isEqualTo(0.0);
		assertThat(floor.status()).isEqualTo(CapaianStatus.OFF_TRACK);
		assertThat(floor.basis().en()).contains("(2T \u2212 R) / T", "not below 0");
	}

	@Test
	void polarityNotStatedIsHigherIsBetterAndSaysSo() {
		Capaian c = capaian(null, "100", "90");
		assertThat(c.percent()).isEqualTo(90.0);
		assertThat(c.basis().en()).startsWith("Polarity not stated; computed as higher is better.");
		assertThat(c.basis().id()).startsWith("Polaritas tidak dinyatakan");
	}

	@Test
	void aBandIsMetInsideAndMeasuredAgainstTheBoundPassed() {
		for (String target : new String[] { "80 - 90", "80-90", "80 s.d. 90", "80 s/d 90 %", "80 sampai dengan 90" }) {
			assertThat(capaian(Polarity.RANGE, target, "85").percent()).as(target).isEqualTo(100.0);
		}
		// the boundaries belong to the range
		assertThat(capaian(Polarity.RANGE, "80 - 90", "80").percent()).isEqualTo(100.0);
		assertThat(capaian(Polarity.RANGE, "80 - 90", "90").percent()).isEqualTo(100.0);
		// just outside
		assertThat(capaian(Polarity.RANGE, "80 - 90", "79,9").percent()).isEqualTo(99.9);
		assertThat(capaian(Polarity.RANGE, "80 - 90", "90,1").percent()).isEqualTo(99.9);
		// below: R / low; above: (2 x high - R) / high
		Capaian below = capaian(Polarity.RANGE, "80 - 90", "70");
		assertThat(below.percent()).isEqualTo(87.5);
		assertThat(below.target()).isEqualTo(80.0);
		Capaian above = capaian(Polarity.RANGE, "2 - 4", "5");
		assertThat(above.percent()).isEqualTo(75.0);
		assertThat(above.target()).isEqualTo(4.0);
		assertThat(above.basis().en()).contains("above the range, against the upper bound");
		assertThat(capaian(Polarity.RANGE, "2 - 4", "9").percent()).isEqualTo(0.0);
	}

	@Test
	void rangeTargetsFollowThePolarityOutsideTheRange() {
		// DOMAIN.md's worked examples (PermenPANRB 2022, appendix on capaian IKI)
		assertThat(capaian(Polarity.HIGHER_IS_BETTER, "80 - 90%", "70%").percent()).isEqualTo(87.5);
		assertThat(capaian(Polarity.HIGHER_IS_BETTER, "80 - 90%", "92%").percent()).isEqualTo(102.2);
		assertThat(capaian(Polarity.LOWER_IS_BETTER, "7 - 8 bulan", "6,5").percent()).isEqualTo(107.1);
		assertThat(capaian(Polarity.LOWER_IS_BETTER, "7 - 8 bulan", "9").percent()).isEqualTo(87.5);
		assertThat(capaian(Polarity.LOWER_IS_BETTER, "7 - 8 bulan", "7,5").percent()).isEqualTo(100.0);
	}

	@Test
	void aRangeWithoutAStatedPolarityIsABand() {
		Capaian c = capaian(null, "2 - 4", "5");
		assertThat(c.percent()).isEqualTo(75.0);
		assertThat(c.basis().en()).startsWith("Polarity not stated; a range target is read as a band.");
	}

	@Test
	void aSinglePointBandIsMeasuredBothWays() {
		assertThat(capaian(Polarity.RANGE, "3", "3").percent()).isEqualTo(100.0);
		assertThat(capaian(Polarity.RANGE, "3", "2,4").percent()).isEqualTo(80.0);
		assertThat(capaian(Polarity.RANGE, "3", "3,6").percent()).isEqualTo(80.0);
	}

	@Test
	void noPercentWithoutNumbersToCompare() {
		Capaian zero = capaian(Polarity.HIGHER_IS_BETTER, "0", "3");
		assertThat(zero.status()).isEqualTo(CapaianStatus.NO_DATA);
		assertThat(zero.percent()).isNull();
		assertThat(zero.basis().en()).contains("target is 0");
		assertThat(capaian(Polarity.LOWER_IS_BETTER, "0 kasus", "0").status()).isEqualTo(CapaianStatus.NO_DATA);
		Capaian qualitative = capaian(Polarity.HIGHER_IS_BETTER, "Tersedia", "Tersedia");
		assertThat(qualitative.status()).isEqualTo(CapaianStatus.NO_DATA);
		assertThat(qualitative.basis().en()).contains("Qualitative target ('Tersedia')");
		assertThat(qualitative.basis().id()).contains("Target kualitatif");
		Capaian noNumber = capaian(Polarity.HIGHER_IS_BETTER, "80", "belum diukur");
		assertThat(noNumber.status()).isEqualTo(CapaianStatus.NO_DATA);
		assertThat(noNumber.basis().en()).contains("holds no number");
		Capaian noRealisasi = capaian(Polarity.HIGHER_IS_BETTER, "80", null);
		assertThat(noRealisasi.basis().en()).isEqualTo("No realisasi for 2025.");
		Capaian noTarget = capaian(Polarity.HIGHER_IS_BETTER, null, "80");
		assertThat(noTarget.basis().id()).isEqualTo("Tidak ada target untuk tahun 2025.");
	}

	@Test
	void sakipGradesOnAnOrdinalScale() {
		Capaian same = capaian(Polarity.HIGHER_IS_BETTER, "BB", "BB");
		assertThat(same.percent()).isEqualTo(100.0);
		assertThat(same.target()).isEqualTo(5.0);
		assertThat(capaian(null, "A", "AA").percent()).isEqualTo(116.7);
		assertThat(capaian(null, "Predikat BB", "B").percent()).isEqualTo(80.0);
		assertThat(capaian(null, "Sangat Baik (A)", "Baik (BB)").percent()).isEqualTo(83.3);
		assertThat(capaian(null, "A", "tersedia").status()).isEqualTo(CapaianStatus.NO_DATA);
		// a grade written with its score is compared by the score
		assertThat(capaian(Polarity.HIGHER_IS_BETTER, "BB = 78.2", "80").percent()).isEqualTo(102.3);
	}

	@Test
	void statusThresholdsAreInclusiveAndConfigurable() {
		assertThat(capaian(null, "100", "100").status()).isEqualTo(CapaianStatus.ACHIEVED);
		assertThat(capaian(null, "100", "99,96").status()).isEqualTo(CapaianStatus.ACHIEVED); // 100.0 once rounded
		assertThat(capaian(null, "100", "99,9").status()).isEqualTo(CapaianStatus.ON_TRACK);
		assertThat(capaian(null, "100", "85").status()).isEqualTo(CapaianStatus.ON_TRACK);
		assertThat(capaian(null, "100", "84,9").status()).isEqualTo(CapaianStatus.AT_RISK);
		assertThat(capaian(null, "100", "60").status()).isEqualTo(CapaianStatus.AT_RISK);
		assertThat(capaian(null, "100", "59,9").status()).isEqualTo(CapaianStatus.OFF_TRACK);
		CapaianProperties strict = new CapaianProperties(100, 90, 75, 120, 50);
		assertThat(strict.status(85)).isEqualTo(CapaianStatus.AT_RISK);
		assertThat(strict.status(74.9)).isEqualTo(CapaianStatus.OFF_TRACK);
	}

	@Test
	void theYearsRealisasiIsTheYearValueElseTheLatestQuarter() {
		TreeMap<Realisasi.Key, Realisasi> all = new TreeMap<>();
		for (Period period : new Period[] { Period.TW1, Period.TW2 }) {
			Realisasi r = RealisasiLists.of(2025, period, period == Period.TW1 ? "20" : "45", null, null, null, "t", null);
			all.put(r.key(), r);
		}
		assertThat(CapaianFormula.realisasiFor(all, 2025, Period.YEAR).period()).isEqualTo(Period.TW2);
		assertThat(CapaianFormula.realisasiFor(all, 2025, Period.TW1).raw()).isEqualTo("20");
		assertThat(CapaianFormula.realisasiFor(all, 2025, Period.TW3)).isNull();
		Realisasi year = RealisasiLists.of(2025, Period.YEAR, "90", null, null, null, "t", null);
		all.put(year.key(), year);
		assertThat(CapaianFormula.realisasiFor(all, 2025, Period.YEAR).raw()).isEqualTo("90");
		assertThat(CapaianFormula.realisasiFor(all, 2024, Period.YEAR)).isNull();
	}

}
