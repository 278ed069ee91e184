package id.pokin.browse;

import id.pokin.node.Level;
import id.pokin.node.NodeKind;
import id.pokin.node.SearchText;

/**
 * The {@code NodeFilter} input of the browse fields (see {@code browse.graphqls}): every field given must hold. Blank
 * ids count as not given, as does a text with no letter or digit in it.
 *
 * @param region a region's Pemda unit: the nodes of its scope (the readiness check's scope of that unit)
 * @param perangkatDaerah a Perangkat Daerah unit: the nodes of its scope
 * @param unit any unit: what it or a sub-unit answers for; for the units list, its sub-units
 * @param kind one kind (within the kinds of the list)
 * @param level one level
 * @param year nodes whose document's plan period covers the year (a document stating no period covers every year)
 * @param text words of the name or code, as {@code search} matches them
 * @param crosscutting true: nodes that contribute to more than one node; false: to at most one
 */
record NodeFilter(String region, String perangkatDaerah, String unit, NodeKind kind, Level level, Integer year,
		String text, Boolean crosscutting) {

	static final NodeFilter NONE = new NodeFilter(null, null, null, null, null, null, null, null);

	/** The filter as given, with blank ids and an empty text taken out; a text over the limits is refused. */
	static NodeFilter of(NodeFilter filter) {
		if (filter == null) {
			return NONE;
		}
		SearchText.check("filter.text", filter.text);
		return new NodeFilter(blankToNull(filter.region), blankToNull(filter.perangkatDaerah), blankToNull(filter.unit),
				filter.kind, filter.level, filter.year,
				(filter.text == null || SearchText.of(filter.text).isBlank()) ? null : filter.text, filter.crosscutting);
	}

	boolean namesNodes() {
		return this.region != null || this.perangkatDaerah != null || this.unit != null;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
