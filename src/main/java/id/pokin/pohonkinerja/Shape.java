package id.pokin.pohonkinerja;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/**
 * A box as drawn on one page, and the subtree under it there: its text lines, size, and (after
 * {@link ChartLayout#place}) where it and its subtree sit. The same {@link ChartBox} is drawn as several shapes: in
 * detail on its own page, small on the overview, as a stub pointing to its page on the page above.
 */
final class Shape {

	enum Mode {

		/** name, responsible units and every indicator with satuan and target */
		DETAIL,
		/** code and a short name: the overview */
		COMPACT,
		/** code, a short name and the page it continues on: the page above a part */
		STUB

	}

	final ChartBox box;

	final Mode mode;

	/** The page this box continues on ("lanjut di halaman N"), or null. */
	final Integer continuedOn;

	final List<Shape> children = new ArrayList<>();

	final List<Line> lines = new ArrayList<>();

	/** The index of the first line of each text column (one column but for boxes with very many indicators). */
	final List<Integer> textColumns = new ArrayList<>();

	float width;

	float height;

	/** Children in columns under the box (the classic chart's subbagian), rather than in a row. */
	boolean stacked;

	final List<List<Shape>> columns = new ArrayList<>();

	float treeWidth;

	float treeHeight;

	/** Top left corner of the box, in points from the content area's top left corner. */
	float x;

	float y;

	Shape(ChartBox box, Mode mode, Integer continuedOn) {
		this.box = box;
		this.mode = mode;
		this.continuedOn = continuedOn;
	}

	/**
	 * A line of text in a box; {@code rule} draws a separator instead, {@code bullet} marks an indicator's first
	 * line.
	 */
	record Line(String text, float size, boolean bold, Color color, float indent, boolean rule, boolean bullet) {

		static Line text(String text, float size, boolean bold, Color color, float indent) {
			return new Line(text, size, bold, color, indent, false, false);
		}

		float height() {
			return this.rule ? 4f : this.size * 1.22f;
		}

	}

}
