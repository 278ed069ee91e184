package id.pokin.capaian;

import java.util.List;
import java.util.Map;

/** An element or indicator of a roll-up's subgraph: its properties (as projected) and its direct contributors. */
record GraphNode(String id, Map<String, Object> properties, List<Contributor> contributors) {

	boolean isIndicator() {
		return "INDIKATOR".equals(this.properties.get("kind"));
	}

	/** A {@code CONTRIBUTES_TO} link into this node: the contributor and the link's weight (1 when unset). */
	record Contributor(String id, double weight) {
	}

}
