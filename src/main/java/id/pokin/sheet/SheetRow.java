package id.pokin.sheet;

import java.util.List;

/**
 * One non-blank row of a sheet: its number as Excel shows it (the header is row 1) and its cells as read, in
 * column order ({@code null} or blank where a cell is empty).
 */
public record SheetRow(int number, List<String> cells) {

	/**
	 * The cell's text without surrounding spaces (non-breaking ones included) and without the apostrophe an
	 * export puts before formula-like text (see {@link Cells#text(String)}), or {@code null} when empty.
	 */
	public String cell(int column) {
		return column < this.cells.size() ? Cells.text(this.cells.get(column)) : null;
	}

	boolean isBlank() {
		return this.cells.stream().allMatch(cell -> Cells.clean(cell) == null);
	}

}
