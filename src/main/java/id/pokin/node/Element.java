package id.pokin.node;

/** A Tujuan, Sasaran or CSF condition (Kondisi). */
public record Element(String id, NodeKind kind, String code, String name, Level level, String description,
		String problems, Provenance source, long version) implements CascadeNode {
}
