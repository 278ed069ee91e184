package id.pokin.importer;

import java.util.List;

/** The ids one cell of a row points to, and what they must be. */
record Reference(String column, Link link, List<String> ids) {

	enum Link {

		/** To the elements a node contributes to ({@code parents}, an indicator's {@code element}). */
		CONTRIBUTES_TO,

		/** To the unit above a unit. */
		PART_OF,

		/** To the units that answer for an element or indicator; in the graph the link runs from the unit. */
		RESPONSIBLE_FOR,

		/** To the document a row comes from. */
		DOCUMENT,

		/** From a document to the Pemda unit it belongs to. */
		REGION

	}

}
