package id.pokin.readiness;

import java.util.List;

import id.pokin.node.CascadeNode;

/**
 * One break in the cascade: the rule that found it, on which node, why (evidence), and the other nodes it is
 * about (where a chain stops, the members of a cycle or duplicate group, the parent of a bad link).
 */
record Finding(String rule, Severity severity, LkeCriterion lke, CascadeNode node, Text message,
		List<Evidence> evidence, List<CascadeNode> related) {

	String evidenceText() {
		return String.join("; ", this.evidence.stream().map(e -> e.key() + ": " + e.joined()).toList());
	}

}
