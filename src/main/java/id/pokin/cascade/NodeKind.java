package id.pokin.cascade;

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

	public boolean isElement() {
		return this == TUJUAN || this == SASARAN || this == KONDISI;
	}

}
