package id.pokin.node;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** What a node in the cascade is; its {@link #label()} is both the Neo4j label and the GraphQL type. */
public enum NodeKind {

	TUJUAN("Tujuan"), SASARAN("Sasaran"), KONDISI("Kondisi"), INDIKATOR("Indikator"), UNIT("Unit");

	private final String label;

	NodeKind(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/** Every label a node of this kind carries: {@code Node}, {@code Element} for elements, and its own. */
	public List<String> labels() {
		return isElement() ? List.of("Node", "Element", this.label) : List.of("Node", this.label);
	}

	/**
	 * One Cypher statement per kind, from one template: {@code :KIND_LABELS} becomes the kind's {@link #labels()}
	 * ({@code :Node:Element:Tujuan}), {@code :ELEMENT_LABELS} every element kind's own label
	 * ({@code :Tujuan:Sasaran:Kondisi}, to drop an element's former kind). Neo4j 5 takes no labels as parameters in
	 * CREATE or MERGE (dynamic labels need Cypher 25), so the label list is filled in here, from this enum, once.
	 */
	public static Map<NodeKind, String> statements(String template) {
		String elementLabels = String.join("", Arrays.stream(values())
			.filter(NodeKind::isElement)
			.map(kind -> ":" + kind.label)
			.toList());
		Map<NodeKind, String> statements = new EnumMap<>(NodeKind.class);
		for (NodeKind kind : values()) {
			statements.put(kind, template.replace(":KIND_LABELS", ":" + String.join(":", kind.labels()))
				.replace(":ELEMENT_LABELS", elementLabels));
		}
		return Collections.unmodifiableMap(statements);
	}

	/** The kind's labels as the offline importer's {@code --nodes} option takes them: {@code Node:Element:Tujuan}. */
	public String labelList() {
		return String.join(":", labels());
	}

	public boolean isElement() {
		return this == TUJUAN || this == SASARAN || this == KONDISI;
	}

}
