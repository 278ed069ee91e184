package id.pokin.readiness;

import java.util.List;

/**
 * One fact behind a finding: a key (stable, declared by the rule) and its values as text, for programs; its label
 * and its values as people read them, in both languages ({@link EvidenceKeys}).
 */
record Evidence(String key, List<String> values, Text label, Text value) {

	Evidence(String key, List<String> values) {
		this(key, values, EvidenceKeys.label(key), Words.join(values.stream().map(Words::same).toList(), ", "));
	}

	/** The raw values, for sorting and tests. */
	String joined() {
		return this.values.isEmpty() ? "-" : String.join(", ", this.values);
	}

	/** "Label: value" in one language. */
	String shown(String language) {
		return this.label.in(language) + ": " + this.value.in(language);
	}

}
