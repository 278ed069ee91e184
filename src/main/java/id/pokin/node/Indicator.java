package id.pokin.node;

import java.util.List;

/** An Indikator Kinerja: what measures an element, with its satuan, baseline and targets per year. */
public record Indicator(String id, String code, String name, Level level, String satuan, Measure baseline,
		List<Target> targets, Measure finalTarget, String formula, String dataSource, String definition,
		String rationale, IndicatorKind indicatorKind, Polarity polarity, boolean iku, Provenance source,
		long version) implements CascadeNode {

	@Override
	public NodeKind kind() {
		return NodeKind.INDIKATOR;
	}

	public enum IndicatorKind {

		IMPACT, OUTCOME, OUTPUT

	}

	public enum Polarity {

		HIGHER_IS_BETTER, LOWER_IS_BETTER, RANGE

	}

}
