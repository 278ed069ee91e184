package id.pokin.capaian;

/**
 * What an indicator reached in a year and period: the text as written and the number read from it (the import's
 * reading, {@link id.pokin.sheet.TargetValue}), an optional note on the evidence (bukti dukung: a document name
 * or link), where it was recorded (document and place, for imports) and who recorded it when.
 *
 * @param value the number read from {@code raw}, or null when it holds none
 * @param evidence bukti dukung, or null
 * @param document the document the value was imported from, or null
 * @param ref the place in that document, or null
 * @param by who recorded it (the signed-in user or the import)
 * @param at when, ISO-8601
 */
public record Realisasi(int year, Period period, String raw, Double value, String evidence, String document,
		String ref, String by, String at) {

	/** The (year, period) it is kept under: one realisasi each. */
	public Key key() {
		return new Key(this.year, this.period);
	}

	public record Key(int year, Period period) implements Comparable<Key> {

		@Override
		public int compareTo(Key other) {
			int byYear = Integer.compare(this.year, other.year);
			return byYear != 0 ? byYear : Integer.compare(this.period.order(), other.period.order());
		}

		/** As the audit trail names it: {@code realisasi 2025 TW1}. */
		public String field() {
			return "realisasi " + this.year + " " + this.period.name();
		}

	}

}
