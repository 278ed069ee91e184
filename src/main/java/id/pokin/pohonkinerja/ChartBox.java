package id.pokin.pohonkinerja;

import java.util.ArrayList;
import java.util.List;

import id.pokin.node.Level;
import id.pokin.node.NodeKind;

/**
 * One box of the chart: a unit (the scope, or a sub-unit its tops are grouped under) or an element with its
 * indicators. The chart is a tree: an element that contributes to several parents is drawn under the first (in
 * code order) and names the others in {@link #alsoSupports}.
 */
final class ChartBox {

	final String id;

	final NodeKind kind;

	final Level level;

	final String code;

	final String name;

	final List<String> responsible;

	final List<IndicatorLine> indicators = new ArrayList<>();

	/** The other parents, as "code name", inside the chart or not. */
	final List<String> alsoSupports = new ArrayList<>();

	final List<ChartBox> children = new ArrayList<>();

	ChartBox(String id, NodeKind kind, Level level, String code, String name, List<String> responsible) {
		this.id = id;
		this.kind = kind;
		this.level = level;
		this.code = code;
		this.name = name;
		this.responsible = responsible;
	}

	boolean isLeaf() {
		return this.children.isEmpty();
	}

	/** This box and every box below it, depth first in drawing order. */
	List<ChartBox> subtree() {
		List<ChartBox> all = new ArrayList<>();
		collect(all);
		return all;
	}

	private void collect(List<ChartBox> all) {
		all.add(this);
		this.children.forEach(child -> child.collect(all));
	}

	/** "code name", or the name alone. */
	String title() {
		return this.code == null || this.code.isBlank() ? this.name : this.code + " " + this.name;
	}

	/** An indicator as its element's box lists it: the target is the one of the chart's year, or null. */
	record IndicatorLine(String id, String code, String name, String satuan, String target) {
	}

}
