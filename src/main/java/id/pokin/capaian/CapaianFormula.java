package id.pokin.capaian;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.pokin.node.Indicator.Polarity;
import id.pokin.sheet.TargetValue;

/**
 * Capaian of one indicator, as LKjIP practice computes it (DOMAIN.md, docs/capaian.md): by polarity, with range
 * targets read from the target text and SAKIP grades on an ordinal scale. The percent is kept uncapped (only
 * roll-ups cap); it is rounded to one decimal, and the status is decided on the rounded figure, so what is shown
 * is what was judged.
 */
final class CapaianFormula {

	/** {@code 80 - 90}, {@code 80-90}, {@code 80 s.d. 90}, {@code 7 s/d 8 bulan}, {@code 2 sampai dengan 4}. */
	private static final Pattern RANGE = Pattern.compile(
			"(\\d[\\d.,]*)\\s*%?\\s*(?:-|\u2013|\u2014|s\\s*\\.?\\s*/?\\s*d\\s*\\.?|sampai(?:\\s+dengan)?|hingga)\\s*(\\d[\\d.,]*)",
			Pattern.CASE_INSENSITIVE);

	/** SAKIP predikat, worst to best: D is 1, AA is 7. */
	private static final Map<String, Integer> GRADES = Map.of("D", 1, "C", 2, "CC", 3, "B", 4, "BB", 5, "A", 6, "AA",
			7);

	private static final Pattern GRADE = Pattern
		.compile("^(?:predikat\\s+|nilai\\s+|kategori\\s+)?\"?(AA|A|BB|B|CC|C|D)\"?\\.?$|\\((AA|A|BB|B|CC|C|D)\\)", Pattern.CASE_INSENSITIVE);

	private CapaianFormula() {
	}

	/**
	 * The realisasi a capaian of (year, period) uses: the period's own; for {@code YEAR}, the year's value, else the
	 * latest quarter's. Null when there is none.
	 */
	static Realisasi realisasiFor(NavigableMap<Realisasi.Key, Realisasi> all, int year, Period period) {
		Realisasi own = all.get(new Realisasi.Key(year, period));
		if (own != null || period != Period.YEAR) {
			return own;
		}
		for (Period quarter : new Period[] { Period.TW4, Period.TW3, Period.TW2, Period.TW1 }) {
			Realisasi latest = all.get(new Realisasi.Key(year, quarter));
			if (latest != null) {
				return latest;
			}
		}
		return null;
	}

	/**
	 * @param polarity as the indicator states it, or null
	 * @param targetRaw the year's target as written, or null when the year has none
	 * @param targetValue the number read from it, or null
	 * @param realisasi the realisasi used (see {@link #realisasiFor}), or null
	 */
	static Capaian of(Polarity polarity, String targetRaw, Double targetValue, Realisasi realisasi, int year,
			Period period, CapaianProperties settings) {
		String realisasiRaw = realisasi == null ? null : realisasi.raw();
		Period used = realisasi == null ? period : realisasi.period();
		if (targetRaw == null) {
			return Capaian.noData(new Text("Tidak ada target untuk tahun " + year + ".", "No target for " + year + "."),
					null, realisasiRaw, used);
		}
		if (realisasi == null) {
			String when = period == Period.YEAR ? String.valueOf(year) : year + " " + period;
			return Capaian.noData(new Text("Belum ada realisasi " + when + ".", "No realisasi for " + when + "."),
					targetRaw, null, used);
		}
		double[] range = range(targetRaw);
		if (targetValue == null && range == null) {
			Integer targetGrade = grade(targetRaw);
			if (targetGrade != null) {
				return graded(targetRaw, targetGrade, realisasi, used, settings);
			}
			return Capaian.noData(new Text("Target kualitatif ('" + targetRaw + "'): tidak ada angka untuk dibandingkan.",
					"Qualitative target ('" + targetRaw + "'): no number to compare with."), targetRaw, realisasiRaw,
					used);
		}
		Double r = realisasi.value();
		if (r == null) {
			return Capaian.noData(new Text("Realisasi '" + realisasiRaw + "' tidak memuat angka.",
					"Realisasi '" + realisasiRaw + "' holds no number."), targetRaw, realisasiRaw, used);
		}
		if (range != null) {
			return ranged(polarity, targetRaw, range[0], range[1], r, realisasiRaw, used, settings);
		}
		double t = targetValue;
		if (t == 0) {
			return Capaian.noData(new Text("Target 0: capaian tidak dapat dihitung sebagai persentase.",
					"The target is 0: capaian cannot be computed as a percentage."), targetRaw, realisasiRaw, used);
		}
		if (polarity == Polarity.LOWER_IS_BETTER) {
			double percent = Math.max(0, (2 * t - r) / t * 100);
			return result(percent, t, targetRaw, r, realisasiRaw, used, settings,
					new Text("Semakin rendah semakin baik: (2T \u2212 R) / T \u00d7 100 = (2 \u00d7 " + id(t) + " \u2212 "
							+ id(r) + ") / " + id(t) + " \u00d7 100, tidak kurang dari 0.",
							"Lower is better: (2T \u2212 R) / T \u00d7 100 = (2 \u00d7 " + en(t) + " \u2212 " + en(r)
									+ ") / " + en(t) + " \u00d7 100, not below 0."));
		}
		if (polarity == Polarity.RANGE) {
			return ranged(polarity, targetRaw, t, t, r, realisasiRaw, used, settings);
		}
		Text basis = new Text("Semakin tinggi semakin baik: R / T \u00d7 100 = " + id(r) + " / " + id(t) + " \u00d7 100.",
				"Higher is better: R / T \u00d7 100 = " + en(r) + " / " + en(t) + " \u00d7 100.");
		return result(r / t * 100, t, targetRaw, r, realisasiRaw, used, settings,
				polarity == null ? unstated().then(basis) : basis);
	}

	/**
	 * A range target. Inside it the target is met (100). Outside it the bound passed is the target: higher is
	 * better reads R / bound either side; lower is better (2 x bound - R) / bound either side; a band (RANGE, and a
	 * range whose polarity is not stated) R / low below and (2 x high - R) / high above.
	 */
	private static Capaian ranged(Polarity polarity, String targetRaw, double low, double high, double r,
			String realisasiRaw, Period used, CapaianProperties settings) {
		String bandId = low == high ? id(low) : id(low) + "\u2013" + id(high);
		String bandEn = low == high ? en(low) : en(low) + "\u2013" + en(high);
		Text kind = switch (polarity == null ? Polarity.RANGE : polarity) {
			case HIGHER_IS_BETTER -> new Text("Target rentang " + bandId + ", semakin tinggi semakin baik:",
					"Range target " + bandEn + ", higher is better:");
			case LOWER_IS_BETTER -> new Text("Target rentang " + bandId + ", semakin rendah semakin baik:",
					"Range target " + bandEn + ", lower is better:");
			case RANGE -> new Text("Target rentang " + bandId + " yang tidak boleh dilampaui ke dua arah:",
					"Range target " + bandEn + " not to be left on either side:");
		};
		if (polarity == null) {
			kind = new Text("Polaritas tidak dinyatakan; target berupa rentang dibaca sebagai pita.",
					"Polarity not stated; a range target is read as a band.").then(kind);
		}
		if (r >= low && r <= high) {
			return result(100, high, targetRaw, r, realisasiRaw, used, settings, kind.then(new Text(
					"realisasi " + id(r) + " di dalam rentang, capaian 100.",
					"realisasi " + en(r) + " inside the range, capaian 100.")));
		}
		boolean below = r < low;
		double bound = below ? low : high;
		String whereId = below ? "di bawah rentang, memakai batas bawah" : "di atas rentang, memakai batas atas";
		String whereEn = below ? "below the range, against the lower bound" : "above the range, against the upper bound";
		if (bound == 0) {
			return Capaian.noData(kind.then(new Text("batas " + id(bound) + ": capaian tidak dapat dihitung.",
					"bound " + en(bound) + ": capaian cannot be computed.")), targetRaw, realisasiRaw, used);
		}
		boolean ratio = polarity == Polarity.HIGHER_IS_BETTER
				|| (polarity != Polarity.LOWER_IS_BETTER && below);
		if (ratio) {
			return result(r / bound * 100, bound, targetRaw, r, realisasiRaw, used, settings,
					kind.then(new Text("realisasi " + id(r) + " " + whereId + ": R / T \u00d7 100 = " + id(r) + " / "
							+ id(bound) + " \u00d7 100.", "realisasi " + en(r) + " " + whereEn + ": R / T \u00d7 100 = "
									+ en(r) + " / " + en(bound) + " \u00d7 100.")));
		}
		return result(Math.max(0, (2 * bound - r) / bound * 100), bound, targetRaw, r, realisasiRaw, used, settings,
				kind.then(new Text("realisasi " + id(r) + " " + whereId + ": (2T \u2212 R) / T \u00d7 100 = (2 \u00d7 "
						+ id(bound) + " \u2212 " + id(r) + ") / " + id(bound) + " \u00d7 100, tidak kurang dari 0.",
						"realisasi " + en(r) + " " + whereEn + ": (2T \u2212 R) / T \u00d7 100 = (2 \u00d7 " + en(bound)
								+ " \u2212 " + en(r) + ") / " + en(bound) + " \u00d7 100, not below 0.")));
	}

	/** SAKIP grades compared on their ordinal scale, D = 1 to AA = 7, higher is better. */
	private static Capaian graded(String targetRaw, int targetGrade, Realisasi realisasi, Period used,
			CapaianProperties settings) {
		Integer reached = grade(realisasi.raw());
		if (reached == null) {
			return Capaian.noData(new Text("Target berupa predikat SAKIP ('" + targetRaw + "'), realisasi '"
					+ realisasi.raw() + "' bukan predikat.", "The target is a SAKIP grade ('" + targetRaw
							+ "'), the realisasi '" + realisasi.raw() + "' is not a grade."),
					targetRaw, realisasi.raw(), used);
		}
		return result(100.0 * reached / targetGrade, (double) targetGrade, targetRaw, (double) reached,
				realisasi.raw(), used, settings,
				new Text("Predikat SAKIP pada skala urut (D = 1, C = 2, CC = 3, B = 4, BB = 5, A = 6, AA = 7): "
						+ reached + " / " + targetGrade + " \u00d7 100.",
						"SAKIP grades on an ordinal scale (D = 1, C = 2, CC = 3, B = 4, BB = 5, A = 6, AA = 7): "
								+ reached + " / " + targetGrade + " \u00d7 100."));
	}

	private static Capaian result(double percent, double target, String targetRaw, double realisasi,
			String realisasiRaw, Period used, CapaianProperties settings, Text basis) {
		double rounded = round(percent);
		return new Capaian(rounded, settings.status(rounded), target, targetRaw, realisasi, realisasiRaw, used, basis,
				null);
	}

	private static Text unstated() {
		return new Text("Polaritas tidak dinyatakan; dihitung sebagai semakin tinggi semakin baik.",
				"Polarity not stated; computed as higher is better.");
	}

	static double round(double percent) {
		return BigDecimal.valueOf(percent).setScale(1, RoundingMode.HALF_UP).doubleValue();
	}

	/** The bounds of a range written in the target text, low first; null when it states none. */
	static double[] range(String targetRaw) {
		Matcher matcher = RANGE.matcher(targetRaw);
		if (!matcher.find()) {
			return null;
		}
		TargetValue low = TargetValue.of(matcher.group(1));
		TargetValue high = TargetValue.of(matcher.group(2));
		if (low == null || high == null || low.number() == null || high.number() == null) {
			return null;
		}
		return new double[] { Math.min(low.number(), high.number()), Math.max(low.number(), high.number()) };
	}

	/** The SAKIP grade a text states ({@code BB}, {@code Predikat A}, {@code Sangat Baik (A)}), or null. */
	static Integer grade(String text) {
		if (text == null) {
			return null;
		}
		Matcher matcher = GRADE.matcher(text.strip());
		if (!matcher.find()) {
			return null;
		}
		String grade = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
		return GRADES.get(grade.toUpperCase(Locale.ROOT));
	}

	private static String id(double number) {
		return new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("id"))).format(number);
	}

	private static String en(double number) {
		return new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ENGLISH)).format(number);
	}

}
