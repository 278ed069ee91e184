package id.pokin.editing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import id.pokin.node.Level;
import id.pokin.node.NodeKind;

/**
 * A creation's input, checked on its own (the first step of {@link NodeEditor#create}, before any query): the kind,
 * the id (or one made up), the ids it names, the node's properties. What the graph must confirm (the named nodes
 * exist and are of the right kinds, the id is free) and who may create it are the next steps'.
 *
 * @param properties the node's own properties from its fields, checked; the editor completes them
 * @param targets the indicator's targets, checked when they are applied (they need the plan period), or null
 */
record NewNode(NodeKind kind, String id, Map<String, Object> properties, List<String> contributesTo,
		List<String> responsibleUnits, String parent, String sourceDocument, List<TargetInput> targets) {

	static NewNode of(NewNodeInput input) {
		NodeKind kind = input.category() == NodeKind.SASARAN ? elementKind(input.kind()) : input.category();
		String id = input.id();
		if (id != null) {
			NodeFields.checkId(id);
		}
		else {
			id = kind.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 13);
		}
		List<String> contributesTo = NodeFields.ids("contributesTo", input.contributesTo());
		List<String> responsibleUnits = NodeFields.ids("responsibleUnits", input.responsibleUnits());
		NodeFields.checkReference("parent", input.parent());
		NodeFields.checkReference("sourceDocument", input.sourceDocument());
		Map<String, Object> properties = NodeFields.apply(input.category(), Map.of(), input.fields());
		if (kind == NodeKind.UNIT && input.parent() == null
				&& !Level.PEMDA.name().equals(properties.get("level"))) {
			throw new EditException(EditError.INVALID_VALUE, "parent",
					"parent: a unit below PEMDA level needs the unit it belongs to",
					"parent: unit di bawah tingkat PEMDA memerlukan unit induknya");
		}
		return new NewNode(kind, id, properties, contributesTo, responsibleUnits, input.parent(),
				input.sourceDocument(), kind == NodeKind.INDIKATOR ? input.targets() : null);
	}

	/** Every id the creation names, its own last: one lookup finds them all. */
	List<String> named() {
		List<String> named = new ArrayList<>(this.contributesTo);
		named.addAll(this.responsibleUnits);
		if (this.parent != null) {
			named.add(this.parent);
		}
		named.add(this.id);
		return named;
	}

	/** The nodes whose documents a new node takes by default, in that order: its units, its parent, what it supports. */
	List<String> documentSources() {
		List<String> sources = new ArrayList<>(this.responsibleUnits);
		if (this.parent != null) {
			sources.add(this.parent);
		}
		sources.addAll(this.contributesTo);
		return sources;
	}

	/** The nodes that make a new node a planner's: a unit's parent, an element's or indicator's responsible units. */
	List<String> anchors() {
		if (this.kind == NodeKind.UNIT) {
			return this.parent == null ? List.of() : List.of(this.parent);
		}
		return this.responsibleUnits;
	}

	/** The input field of the {@link #anchors}. */
	String anchorField() {
		return this.kind == NodeKind.UNIT ? "parent" : "responsibleUnits";
	}

	private static NodeKind elementKind(NodeKind kind) {
		if (kind == null || !kind.isElement()) {
			throw new EditException(EditError.INVALID_VALUE, "kind",
					"kind: an element is a TUJUAN, SASARAN or KONDISI, not " + kind,
					"kind: elemen adalah TUJUAN, SASARAN atau KONDISI, bukan " + kind);
		}
		return kind;
	}

}
