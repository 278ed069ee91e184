package id.pokin.readiness;

import java.util.List;

/** One fact behind a finding: a key (stable, declared by the rule) and its values as text. */
record Evidence(String key, List<String> values) {

	String joined() {
		return this.values.isEmpty() ? "-" : String.join(", ", this.values);
	}

}
