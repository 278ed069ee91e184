package id.pokin.capaian;

/**
 * What a realisasi covers: the value reached by the end of a quarter ({@code TW1}..{@code TW4}, triwulan) or the
 * year as a whole ({@code YEAR}). Public for the importer, which reads the realisasi sheet.
 */
public enum Period {

	TW1, TW2, TW3, TW4, YEAR;

	/** The quarter's number (1-4), or 5 for the year: the order realisasi are kept and shown in. */
	public int order() {
		return ordinal() + 1;
	}

	public boolean isQuarter() {
		return this != YEAR;
	}

	/** The period named in a cell or argument ({@code TW1}, {@code tw 2}, {@code Tahun}, {@code YEAR}), or null. */
	public static Period parse(String text) {
		if (text == null) {
			return null;
		}
		String key = text.strip().toUpperCase(java.util.Locale.ROOT).replace(" ", "");
		return switch (key) {
			case "TW1", "TWI", "Q1" -> TW1;
			case "TW2", "TWII", "Q2" -> TW2;
			case "TW3", "TWIII", "Q3" -> TW3;
			case "TW4", "TWIV", "Q4" -> TW4;
			case "YEAR", "TAHUN", "TAHUNAN" -> YEAR;
			default -> null;
		};
	}

}
