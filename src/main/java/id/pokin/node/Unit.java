package id.pokin.node;

/** An organisational unit: Pemda, Perangkat Daerah, Asisten, Bagian or Subbagian. */
public record Unit(String id, String code, String name, Level level, Provenance source, long version)
		implements CascadeNode {

	@Override
	public NodeKind kind() {
		return NodeKind.UNIT;
	}

}
