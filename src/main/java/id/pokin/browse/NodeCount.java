package id.pokin.browse;

import java.util.Comparator;

import id.pokin.node.Level;
import id.pokin.node.NodeKind;

/** How many nodes of one kind at one level match a filter ({@code NodeCount} in browse.graphqls). */
record NodeCount(NodeKind kind, Level level, int count) {

	/** Kinds in schema order (Tujuan first, units last), then levels top first, no level last. */
	static final Comparator<NodeCount> ORDER = Comparator.comparing(NodeCount::kind)
		.thenComparing(NodeCount::level, Comparator.nullsLast(Comparator.naturalOrder()));

}
