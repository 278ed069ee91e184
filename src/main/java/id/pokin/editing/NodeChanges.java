package id.pokin.editing;

import java.util.List;
import java.util.Map;

import id.pokin.node.Level;
import id.pokin.node.NodeKind;

import org.springframework.graphql.data.ArgumentValue;

/**
 * The input of an update ({@code ElementChanges}, {@code IndicatorChanges}, {@code UnitChanges}): every field an
 * {@link ArgumentValue}, since a field left out stays as it is and a field given as null is cleared.
 */
sealed interface NodeChanges {

	/** The kind of node as the API groups them: {@link NodeKind#SASARAN} for every element. */
	NodeKind category();

	/** The fields given, as {@link NodeFields#apply} reads them: null to clear. */
	default Map<String, Object> fields() {
		return InputFields.of((Record) this);
	}

	/** Targets to set or remove in the same transaction (indicators). */
	default ArgumentValue<List<TargetInput>> targets() {
		return ArgumentValue.omitted();
	}

	record Element(ArgumentValue<NodeKind> kind, ArgumentValue<String> code, ArgumentValue<String> name,
			ArgumentValue<Level> level, ArgumentValue<String> description, ArgumentValue<String> problems,
			ArgumentValue<String> sourceRef) implements NodeChanges {

		@Override
		public NodeKind category() {
			return NodeKind.SASARAN;
		}

	}

	record Indicator(ArgumentValue<List<TargetInput>> targets, ArgumentValue<String> code,
			ArgumentValue<String> name, ArgumentValue<Level> level, ArgumentValue<String> satuan,
			ArgumentValue<String> baseline, ArgumentValue<String> finalTarget, ArgumentValue<String> formula,
			ArgumentValue<String> dataSource, ArgumentValue<String> definition, ArgumentValue<String> rationale,
			ArgumentValue<String> indicatorKind, ArgumentValue<String> polarity, ArgumentValue<Boolean> iku,
			ArgumentValue<String> sourceRef) implements NodeChanges {

		@Override
		public NodeKind category() {
			return NodeKind.INDIKATOR;
		}

		@Override
		public ArgumentValue<List<TargetInput>> targets() {
			return this.targets == null ? ArgumentValue.omitted() : this.targets;
		}

	}

	record Unit(ArgumentValue<String> code, ArgumentValue<String> name, ArgumentValue<Level> level,
			ArgumentValue<String> sourceRef) implements NodeChanges {

		@Override
		public NodeKind category() {
			return NodeKind.UNIT;
		}

	}

}
