package id.pokin.matriks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A matriks cascading as planners file it (PermenPAN-RB 89/2021): one sheet per perangkat daerah, one row per
 * indicator and path up, the performance tiers from the top down.
 *
 * @param scopeId the unit asked for (a region or a perangkat daerah)
 * @param scopeName its name
 * @param year the year whose targets are shown
 * @param date the day it was made
 * @param sheets one per perangkat daerah, in document order
 */
record Matriks(String scopeId, String scopeName, int year, LocalDate date, List<Sheet> sheets) {

	/** The four tier columns, from the top down. */
	static final int TIERS = 4;

	/** Every column's header (Bahasa Indonesia), the target's with the year. */
	List<String> headers() {
		return List.of("No", "Tujuan", "Sasaran perangkat daerah", "Sasaran program (bagian)",
				"Sasaran kegiatan (subbagian)", "Indikator", "Satuan", "Target " + this.year, "Penanggung jawab",
				"Keterangan");
	}

	/** The rows with an indicator, over every sheet. */
	int indicatorRows() {
		return this.sheets.stream().mapToInt(sheet -> (int) sheet.rows().stream().filter(Row::hasIndicator).count()).sum();
	}

	/** One perangkat daerah: its unit and its rows in tree order (tops and children in document order). */
	record Sheet(String unitId, String unitName, List<Row> rows) {

		/**
		 * Where a tier column's cells merge: runs of two or more rows that show the same elements in this column
		 * and in every column left of it. Each run is {@code [first, last]}, row indexes of {@link #rows()}.
		 */
		List<int[]> merges(int tier) {
			List<int[]> runs = new ArrayList<>();
			int start = 0;
			for (int r = 1; r <= this.rows.size(); r++) {
				boolean same = r < this.rows.size() && !this.rows.get(start).tiers().get(tier).isEmpty()
						&& this.rows.get(r).prefix(tier).equals(this.rows.get(start).prefix(tier));
				if (!same) {
					if (r - 1 > start && !this.rows.get(start).tiers().get(tier).isEmpty()) {
						runs.add(new int[] { start, r - 1 });
					}
					start = r;
				}
			}
			return runs;
		}

	}

	/**
	 * One line of the matriks.
	 *
	 * @param tiers the four tier cells (Tujuan, Sasaran PD, program, kegiatan), each maybe empty
	 * @param indicatorId the indicator's id, null on the row of an element without an indicator
	 * @param indicator its name (with its code), or a note that the element has none
	 * @param satuan its unit of measure, or null
	 * @param target its target for the year as written, or null
	 * @param responsible the names of the units answering for it
	 * @param note crosscutting ("Lintas: jalur 1 dari 2") or other remarks, or null
	 * @param crosscutting whether the indicator appears on more than one path
	 */
	record Row(List<Tier> tiers, String indicatorId, String indicator, String satuan, String target,
			String responsible, String note, boolean crosscutting) {

		boolean hasIndicator() {
			return this.indicatorId != null;
		}

		/** The keys of the tier cells up to and including {@code tier}. */
		List<String> prefix(int tier) {
			return this.tiers.subList(0, tier + 1).stream().map(Tier::key).toList();
		}

	}

	/**
	 * One tier cell: the elements it shows (a tier may hold more than one, e.g. an Asisten's sasaran above its
	 * Bagian's in the program column), identified by their ids.
	 *
	 * @param key the elements' ids, joined; empty for an empty cell
	 * @param text what the cell shows, one line per element
	 */
	record Tier(String key, String text) {

		static final Tier EMPTY = new Tier("", "");

		boolean isEmpty() {
			return this.key.isEmpty();
		}

	}

}
