package id.pokin.editing;

import java.util.List;
import java.util.Map;

import id.pokin.node.Level;
import id.pokin.node.NodeKind;

/**
 * The input of a creation ({@code CreateElementInput}, {@code CreateIndicatorInput}, {@code CreateUnitInput}): the
 * new node's own fields, its id if the client chose one, and the nodes it links to. Checked by {@link NewNode#of}.
 */
sealed interface NewNodeInput {

	/** The kind of node as the API groups them: {@link NodeKind#SASARAN} for every element. */
	NodeKind category();

	/** The kind asked for: an element's own, or the category. */
	default NodeKind kind() {
		return category();
	}

	String id();

	/** The node's own fields, as {@link NodeFields#apply} reads them. */
	default Map<String, Object> fields() {
		return InputFields.of((Record) this);
	}

	String sourceDocument();

	default List<String> contributesTo() {
		return null;
	}

	default List<String> responsibleUnits() {
		return null;
	}

	default String parent() {
		return null;
	}

	default List<TargetInput> targets() {
		return null;
	}

	record CreateElement(String id, NodeKind kind, String code, String name, Level level, String description,
			String problems, List<String> contributesTo, List<String> responsibleUnits, String sourceDocument,
			String sourceRef) implements NewNodeInput {

		@Override
		public NodeKind category() {
			return NodeKind.SASARAN;
		}

	}

	record CreateIndicator(String id, String code, String name, Level level, String satuan, String baseline,
			String finalTarget, List<TargetInput> targets, String formula, String dataSource, String definition,
			String rationale, String indicatorKind, String polarity, Boolean iku, List<String> contributesTo,
			List<String> responsibleUnits, String sourceDocument, String sourceRef) implements NewNodeInput {

		@Override
		public NodeKind category() {
			return NodeKind.INDIKATOR;
		}

	}

	record CreateUnit(String id, String code, String name, Level level, String parent, String sourceDocument,
			String sourceRef) implements NewNodeInput {

		@Override
		public NodeKind category() {
			return NodeKind.UNIT;
		}

	}

}
