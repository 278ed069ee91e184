package id.pokin.matriks;

import java.util.ArrayList;
import java.util.List;

/**
 * A sheet of the matriks as the PDF lays it out: the text of every cell (a running number first, then the tiers,
 * the indicator and its columns), which rows each tier cell's merged run spans, and the height of every row: as tall
 * as its tallest cell that is not merged, the last row of a merged run taller if the run's text needs it.
 */
final class MatriksGrid {

	/** The height a cell's text needs in a column, padding included. */
	interface CellHeight {

		float of(String text, int column);

	}

	private final List<List<String>> cells = new ArrayList<>();

	private final int[][] runStart;

	private final int[][] runEnd;

	private final float[] heights;

	MatriksGrid(Matriks.Sheet sheet, int columns, CellHeight height) {
		int number = 0;
		for (Matriks.Row row : sheet.rows()) {
			List<String> line = new ArrayList<>();
			line.add(row.hasIndicator() ? Integer.toString(++number) : "");
			row.tiers().forEach(tier -> line.add(tier.text()));
			line.add(row.indicator());
			line.add(row.satuan());
			line.add(row.target());
			line.add(row.responsible());
			line.add(row.note());
			this.cells.add(line);
		}
		int rows = this.cells.size();
		this.runStart = new int[Matriks.TIERS][rows];
		this.runEnd = new int[Matriks.TIERS][rows];
		for (int t = 0; t < Matriks.TIERS; t++) {
			for (int r = 0; r < rows; r++) {
				this.runStart[t][r] = r;
				this.runEnd[t][r] = r;
			}
			for (int[] run : sheet.merges(t)) {
				for (int r = run[0]; r <= run[1]; r++) {
					this.runStart[t][r] = run[0];
					this.runEnd[t][r] = run[1];
				}
			}
		}
		this.heights = new float[rows];
		for (int r = 0; r < rows; r++) {
			float tallest = height.of("", 0);
			for (int c = 0; c < columns; c++) {
				boolean merged = c >= 1 && c <= Matriks.TIERS && this.runStart[c - 1][r] != this.runEnd[c - 1][r];
				if (!merged) {
					tallest = Math.max(tallest, height.of(this.cells.get(r).get(c), c));
				}
			}
			this.heights[r] = tallest;
		}
		for (int t = 0; t < Matriks.TIERS; t++) {
			for (int[] run : sheet.merges(t)) {
				float needed = height.of(this.cells.get(run[0]).get(1 + t), 1 + t);
				float have = 0;
				for (int r = run[0]; r <= run[1]; r++) {
					have += this.heights[r];
				}
				if (have < needed) {
					this.heights[run[1]] += needed - have;
				}
			}
		}
	}

	List<List<String>> cells() {
		return this.cells;
	}

	float[] heights() {
		return this.heights;
	}

	/** The first row of the merged run of tier {@code tier} that row {@code row} is in (itself when not merged). */
	int runStart(int tier, int row) {
		return this.runStart[tier][row];
	}

	/** The last row of that run. */
	int runEnd(int tier, int row) {
		return this.runEnd[tier][row];
	}

}
