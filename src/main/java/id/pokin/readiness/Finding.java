package id.pokin.readiness;

import java.util.List;

import id.pokin.node.CascadeNode;

/**
 * One break in the cascade: the rule that found it, on which node, why (evidence), and the other nodes it is
 * about (a cycle's members, a duplicate group, the parent of a bad link). A finding that stands for many nodes
 * with one cause (a chain that stops below the top: the stop node) names how many ({@code affectedCount}) and the
 * first of them ({@code affected}). Title, message and how to fix it are in both languages and name nodes by their
 * names, never their ids.
 */
record Finding(String rule, Severity severity, LkeCriterion lke, CascadeNode node, Text title, Text message,
		Text howToFix, List<Evidence> evidence, List<CascadeNode> related, List<CascadeNode> affected,
		int affectedCount) {

	/** The evidence in Bahasa Indonesia, "label: value; ...", for the downloads and the KKE. */
	String evidenceText() {
		return evidenceText("id");
	}

	String evidenceText(String language) {
		return String.join("; ", this.evidence.stream().map(e -> e.shown(language)).toList());
	}

	/** The raw evidence, "key: values; ...": orders several findings of one rule on one node. */
	String rawEvidence() {
		return String.join("; ", this.evidence.stream().map(e -> e.key() + ": " + e.joined()).toList());
	}

}
