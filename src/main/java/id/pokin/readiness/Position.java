package id.pokin.readiness;

import java.util.Map;

import id.pokin.web.ArgumentRefused;

import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.data.domain.ScrollPosition;

/**
 * Where a finding stands in a report: its rule, its node and, for a node with several findings of one rule, which
 * one ({@code n}, from 0, in the order of their evidence). Findings are listed errors first, then in rule order,
 * then by node id and {@code n}; this is the key of a page's cursor.
 */
record Position(String rule, String node, int n) {

	private static final String RULE = "rule";

	private static final String NODE = "node";

	private static final String N = "n";

	ScrollPosition toScrollPosition() {
		return ScrollPosition.forward(Map.of(RULE, this.rule, NODE, this.node, N, this.n));
	}

	/** The position a client's cursor stands for; a cursor not made by a report is refused. */
	static Position of(ScrollPosition position) {
		if (position instanceof KeysetScrollPosition keyset && keyset.scrollsForward()
				&& keyset.getKeys().get(RULE) instanceof String rule && keyset.getKeys().get(NODE) instanceof String node
				&& keyset.getKeys().get(N) instanceof Number n && n.intValue() >= 0) {
			return new Position(rule, node, n.intValue());
		}
		throw new ArgumentRefused("INVALID_CURSOR", "after",
				"findings: 'after' is not a cursor of a readiness report's findings",
				"findings: 'after' bukan kursor temuan laporan kesiapan");
	}

}
