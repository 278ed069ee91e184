package id.pokin.pohonkinerja;

/** A page of the chart as planned ({@link ChartPlan}): what it shows and where it comes from. */
final class ChartPage {

	/** What a page shows: the whole tree, the overview, upper levels, or parts. */
	enum Kind {

		SINGLE, OVERVIEW, UPPER, PART

	}

	final Kind kind;

	final ChartPlan.Upper upper;

	final boolean full;

	final ChartPlan.Pack pack;

	final ChartPage from;

	int number;

	/** The overview's shapes as chosen while planning (its marks are read when drawn). */
	float compactWidth;

	int depth;

	ChartPage(Kind kind, ChartPlan.Upper upper, boolean full, ChartPlan.Pack pack, ChartPage from) {
		this.kind = kind;
		this.upper = upper;
		this.full = full;
		this.pack = pack;
		this.from = from;
	}

	/** The page number, or a wide placeholder while planning. */
	int numberOrPlaceholder() {
		return this.number == 0 ? 999 : this.number;
	}

}
