package id.pokin.sheet;

import java.util.List;

/** One sheet (or CSV file) as read: its name, its header row and the rows below it, blank rows left out. */
public record SheetTable(String name, SheetRow header, List<SheetRow> rows) {

	/** A sheet with nothing in it at all. */
	static SheetTable empty(String name) {
		return new SheetTable(name, new SheetRow(1, List.of()), List.of());
	}

}
