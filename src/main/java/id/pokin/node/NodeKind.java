package id.pokin.node;

import java.util.List;

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

	public boolean isElement() {
		return this == TUJUAN || this == SASARAN || this == KONDISI;
	}

}
