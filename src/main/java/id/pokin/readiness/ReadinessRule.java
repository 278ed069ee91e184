package id.pokin.readiness;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.pokin.node.CascadeNode;

/**
 * One check: a stable id, its severity (after configuration), the LKE criterion it supports (null where none
 * applies), a title and a message template in both languages, the evidence keys its query returns (in the
 * order they are shown) and the query itself ({@code cypher/readiness/<id>.cypher}).
 * Message templates name evidence keys in braces, and {@code {name}} for the node's name.
 * <p>
 * A rule's query is run in two forms (see {@link Query}): its nodes only, to count and order the findings of a whole
 * scope without building them, and in full, for the findings on a page.
 *
 * @param local whether a node's findings depend on the node and the graph around it only, not on the rest of the
 * scope: then the findings of a page come from running the rule on the page's nodes alone. A duplicate group
 * depends on which members the scope holds, so the duplicate rules are not local
 */
record ReadinessRule(String id, Severity severity, LkeCriterion lke, Text title, Text message,
		List<String> evidenceKeys, Shape shape, boolean local, String cypher) {

	/** What a stored rule may not read: what changes from one report to another. */
	private static final List<String> STORED_REFUSES = List.of("$year", "$top", "$ids");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

	/** The last top-level RETURN, which projects the finding: {@code RETURN x {.*} AS node, ... AS evidence ...}. */
	private static final Pattern FINDING_RETURN = Pattern.compile("(?m)^RETURN\\s+(\\w+)\\s*\\{\\.\\*}\\s+AS\\s+node\\b");

	/** How the query's rows become findings. */
	enum Shape {

		/** Every row is one finding: {@code node}, {@code evidence}, optionally {@code related}. */
		FINDING_PER_ROW,

		/** Rows are links ({@code from}, {@code to}) that may lie on a cycle; every cycle is one finding. */
		CYCLES,

		/** Like {@link #FINDING_PER_ROW}, but the rule runs only when a year is under evaluation. */
		FINDING_PER_ROW_FOR_YEAR

	}

	/**
	 * The forms of a rule's query, derived from its file: everything before the final {@code RETURN} decides which
	 * nodes are at fault, the {@code RETURN} builds the finding (evidence, related nodes).
	 *
	 * @param nodes the ids of the nodes at fault, one row per finding ({@code id}), without building a finding
	 * @param findings the rule as written: one row per finding ({@code node}, {@code evidence}, {@code related})
	 * @param findingsOn the rule as written, keeping only the findings on the nodes {@code $ids} (for rules that
	 * are not local, whose findings must be read in the whole scope)
	 */
	record Query(String nodes, String findings, String findingsOn) {

		static Query of(String ruleId, String cypher) {
			Matcher matcher = FINDING_RETURN.matcher(cypher);
			int at = -1;
			String node = null;
			while (matcher.find()) {
				at = matcher.start();
				node = matcher.group(1);
			}
			if (at < 0) {
				throw new IllegalStateException("Readiness rule " + ruleId + ": its query must end with a RETURN of "
						+ "the form 'RETURN x {.*} AS node, ... AS evidence' (cypher/readiness/README.md)");
			}
			String body = cypher.substring(0, at);
			return new Query(body + "RETURN " + node + ".id AS id\n", cypher,
					body + "WITH * WHERE " + node + ".id IN $ids\n" + cypher.substring(at));
		}

	}

	ReadinessRule withSeverity(Severity newSeverity) {
		return new ReadinessRule(this.id, newSeverity, this.lke, this.title, this.message, this.evidenceKeys,
				this.shape, this.local, this.cypher);
	}

	ReadinessRule withCypher(String text) {
		return new ReadinessRule(this.id, this.severity, this.lke, this.title, this.message, this.evidenceKeys,
				this.shape, this.local, text);
	}

	/** The query's forms; null for a rule whose rows are not findings ({@link Shape#CYCLES}). */
	Query query() {
		return this.shape == Shape.CYCLES ? null : Query.of(this.id, this.cypher);
	}

	boolean needsYear() {
		return this.shape == Shape.FINDING_PER_ROW_FOR_YEAR;
	}

	/**
	 * Whether the rule's verdicts are stored ({@link StoredFindings}, {@link Rules#STORED}): checking a document
	 * flags the nodes it finds there {@code AtFault}.
	 */
	boolean stored() {
		return Rules.STORED.contains(this.id);
	}

	/**
	 * Whether the rule reads a checked document's flagged nodes ({@code $checkedDocuments}) and every node of the
	 * other documents ({@code $uncheckedDocuments}) instead of {@code $documents}: the stored rules, and those whose
	 * findings in a checked document are among the flagged nodes ({@link Rules#READ_STORED}).
	 */
	boolean readsStored() {
		return stored() || Rules.READ_STORED.contains(this.id);
	}

	/**
	 * A rule reads the scope in the form its kind needs; a stored rule's verdict on a node may depend on nothing
	 * that changes from one report to the next, since it is computed when the document is checked.
	 */
	void checkStoredForm() {
		boolean checked = this.cypher.contains("$checkedDocuments");
		boolean unchecked = this.cypher.contains("$uncheckedDocuments");
		boolean whole = this.cypher.contains("$documents");
		if (readsStored() != checked || readsStored() != unchecked || readsStored() == whole) {
			throw new IllegalStateException("Readiness rule " + this.id + (readsStored()
					? ": reads the stored verdicts, so its scope is $checkedDocuments and $uncheckedDocuments, not $documents"
					: ": reads its scope as $documents, not $checkedDocuments or $uncheckedDocuments")
					+ " (cypher/readiness/README.md)");
		}
		List<String> refused = STORED_REFUSES.stream().filter(this.cypher::contains).toList();
		if (stored() && (!refused.isEmpty() || !this.local || this.shape != Shape.FINDING_PER_ROW)) {
			throw new IllegalStateException("Readiness rule " + this.id + ": a stored rule is local, has a finding "
					+ "per row and reads none of " + STORED_REFUSES + (refused.isEmpty() ? "" : "; it reads " + refused));
		}
	}

	/**
	 * A finding of this rule. Evidence keys the rule does not declare are a mistake in its query, not data, so
	 * they fail loudly rather than vanish.
	 */
	Finding finding(CascadeNode node, Map<String, Object> evidence, List<CascadeNode> related) {
		List<String> unknown = evidence.keySet().stream().filter(key -> !this.evidenceKeys.contains(key)).toList();
		if (!unknown.isEmpty()) {
			throw new IllegalStateException("Rule " + this.id + " returned undeclared evidence " + unknown);
		}
		Map<String, Evidence> byKey = new LinkedHashMap<>();
		for (String key : this.evidenceKeys) {
			byKey.put(key, new Evidence(key, texts(evidence.get(key))));
		}
		Text text = new Text(fill(this.message.id(), node, byKey), fill(this.message.en(), node, byKey));
		return new Finding(this.id, this.severity, this.lke, node, text, List.copyOf(byKey.values()), related);
	}

	private static String fill(String template, CascadeNode node, Map<String, Evidence> evidence) {
		Matcher placeholder = PLACEHOLDER.matcher(template);
		StringBuilder text = new StringBuilder();
		while (placeholder.find()) {
			String key = placeholder.group(1);
			String value = "name".equals(key) ? node.name()
					: evidence.containsKey(key) ? evidence.get(key).joined() : placeholder.group();
			placeholder.appendReplacement(text, Matcher.quoteReplacement(value));
		}
		placeholder.appendTail(text);
		return text.toString();
	}

	private static List<String> texts(Object value) {
		if (value == null) {
			return List.of();
		}
		if (value instanceof List<?> list) {
			List<String> texts = new ArrayList<>(list.size());
			list.stream().filter(v -> v != null).forEach(v -> texts.add(text(v)));
			return texts;
		}
		return List.of(text(value));
	}

	private static String text(Object value) {
		if (value instanceof Double d && d == Math.rint(d) && !d.isInfinite()) {
			return Long.toString(d.longValue());
		}
		return value.toString();
	}

}
