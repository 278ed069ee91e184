package id.pokin.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import id.pokin.node.NodeKind;

/** One generated region, as rows ready for batched writes: nodes by kind, then relationships by type. */
record GeneratedGraph(Map<String, Object> document, List<Node> nodes, List<Link> contributesTo,
		List<Link> responsibleFor, List<Link> partOf) {

	GeneratedGraph(Map<String, Object> document) {
		this(document, new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
	}

	record Node(NodeKind kind, Map<String, Object> properties) {

		String id() {
			return (String) this.properties.get("id");
		}

	}

	record Link(String from, String to) {
	}

}
