package id.pokin.browse;

import java.util.EnumSet;
import java.util.Set;

import id.pokin.node.NodeKind;

/** What a browse field lists: its name (for messages), the Neo4j label of its nodes and the kinds they have. */
enum Listing {

	ELEMENTS("elements", "Element", EnumSet.of(NodeKind.TUJUAN, NodeKind.SASARAN, NodeKind.KONDISI)),

	INDICATORS("indicators", "Indikator", EnumSet.of(NodeKind.INDIKATOR)),

	UNITS("units", "Unit", EnumSet.of(NodeKind.UNIT)),

	/** Every node: {@code nodeCounts}. */
	ALL("nodeCounts", "Node", EnumSet.allOf(NodeKind.class));

	private final String field;

	private final String label;

	private final Set<NodeKind> kinds;

	Listing(String field, String label, Set<NodeKind> kinds) {
		this.field = field;
		this.label = label;
		this.kinds = kinds;
	}

	String field() {
		return this.field;
	}

	/** A fixed label from this enum, never from a request. */
	String label() {
		return this.label;
	}

	Set<NodeKind> kinds() {
		return this.kinds;
	}

	/** The one kind every listed node has under this filter, or null when several are possible. */
	NodeKind kind(NodeFilter filter) {
		if (filter.kind() != null) {
			return filter.kind();
		}
		return this.kinds.size() == 1 ? this.kinds.iterator().next() : null;
	}

	boolean listsUnits() {
		return this == UNITS || this == ALL;
	}

	boolean listsResponsibilities() {
		return this != UNITS;
	}

}
