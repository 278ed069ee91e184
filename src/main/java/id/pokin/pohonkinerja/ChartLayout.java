package id.pokin.pohonkinerja;

import java.awt.Color;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.pokin.node.Level;
import id.pokin.node.NodeKind;
import id.pokin.pohonkinerja.ChartBox.IndicatorLine;
import id.pokin.pohonkinerja.Shape.Line;
import id.pokin.pohonkinerja.Shape.Mode;

/**
 * Sizes and places boxes as the classic pohon kinerja charts are drawn: top down, parents centred over their
 * children, siblings in a row; but the leaves under a bagian (its subbagian) in a column under it, flowing into a
 * second column only when the page has no room, so a chart is as wide as its bagian, not its subbagian. Text is
 * wrapped and boxes grow; no font is smaller than {@link #MIN_FONT}.
 */
final class ChartLayout {

	static final float MIN_FONT = 6f;

	static final float DETAIL_WIDTH = 200f;

	static final float STUB_WIDTH = 140f;

	static final float PAD = 4.5f;

	/** Between a parent and the row of its children (the connector runs in it). */
	static final float LEVEL_GAP = 20f;

	static final float SIBLING_GAP = 10f;

	/** Stacked children are indented by this under their parent; the connector runs in it. */
	static final float INDENT = 12f;

	static final float STACK_GAP = 6f;

	/** The text of a box taller than this continues in a second column (the box grows wider instead). */
	static final float MAX_TEXT_HEIGHT = 600f;

	static final Color TEXT = new Color(0x1f, 0x26, 0x30);

	static final Color MUTED = new Color(0x55, 0x5f, 0x6d);

	static final Color MARK = new Color(0xc8, 0x10, 0x2e);

	private final ChartFont font;

	private final Labels labels;

	private final int year;

	private final boolean indicators;

	ChartLayout(ChartFont font, Labels labels, int year, boolean indicators) {
		this.font = font;
		this.labels = labels;
		this.year = year;
		this.indicators = indicators;
	}

	Labels labels() {
		return this.labels;
	}

	ChartFont font() {
		return this.font;
	}

	static Color stroke(NodeKind kind) {
		return switch (kind) {
			case TUJUAN -> new Color(0x12, 0x35, 0x5b);
			case SASARAN -> new Color(0x2e, 0x7d, 0x32);
			case KONDISI -> new Color(0x9a, 0x58, 0x00);
			case INDIKATOR -> new Color(0x1d, 0x6a, 0x85);
			case UNIT -> new Color(0x5d, 0x68, 0x77);
		};
	}

	static Color fill(NodeKind kind) {
		return switch (kind) {
			case TUJUAN -> new Color(0xe4, 0xeb, 0xf5);
			case SASARAN -> new Color(0xe6, 0xf2, 0xe6);
			case KONDISI -> new Color(0xfb, 0xef, 0xdd);
			case INDIKATOR -> Color.WHITE;
			case UNIT -> new Color(0xf3, 0xf4, 0xf6);
		};
	}

	// ---- shapes

	/** A box and its whole subtree in detail. */
	Shape detail(ChartBox box) {
		Shape shape = new Shape(box, Mode.DETAIL, null);
		box.children.forEach(child -> shape.children.add(detail(child)));
		return shape;
	}

	/** A box alone in detail (its children are added by the caller). */
	Shape detailAlone(ChartBox box) {
		return new Shape(box, Mode.DETAIL, null);
	}

	Shape stub(ChartBox box, int page) {
		return new Shape(box, Mode.STUB, page);
	}

	Shape compact(ChartBox box, Integer continuedOn) {
		return new Shape(box, Mode.COMPACT, continuedOn);
	}

	// ---- measuring

	/**
	 * Fills in a shape's lines and size. Planning lays the same boxes out many times (does this subtree fit a page?
	 * these neighbours together?), so each box's text is wrapped once per way it is drawn.
	 */
	void measure(Shape shape, float compactWidth) {
		Measured known = this.measured.get(new MeasureKey(shape.box, shape.mode, compactWidth, shape.continuedOn));
		if (known == null) {
			measureText(shape, compactWidth);
			known = new Measured(List.copyOf(shape.lines), List.copyOf(shape.textColumns), shape.width, shape.height);
			this.measured.put(new MeasureKey(shape.box, shape.mode, compactWidth, shape.continuedOn), known);
		}
		shape.lines.clear();
		shape.lines.addAll(known.lines());
		shape.textColumns.clear();
		shape.textColumns.addAll(known.textColumns());
		shape.width = known.width();
		shape.height = known.height();
	}

	/** Boxes are compared by identity: two boxes may hold the same text. */
	private record MeasureKey(BoxIdentity box, Mode mode, float compactWidth, Integer continuedOn) {

		MeasureKey(ChartBox box, Mode mode, float compactWidth, Integer continuedOn) {
			this(new BoxIdentity(box), mode, mode == Mode.COMPACT ? compactWidth : 0, continuedOn);
		}

	}

	private record BoxIdentity(ChartBox box) {

		@Override
		public boolean equals(Object other) {
			return other instanceof BoxIdentity that && that.box == this.box;
		}

		@Override
		public int hashCode() {
			return System.identityHashCode(this.box);
		}

	}

	private record Measured(List<Line> lines, List<Integer> textColumns, float width, float height) {
	}

	private final Map<MeasureKey, Measured> measured = new HashMap<>();

	private void measureText(Shape shape, float compactWidth) {
		shape.lines.clear();
		ChartBox box = shape.box;
		switch (shape.mode) {
			case DETAIL -> measureDetail(shape, box);
			case COMPACT -> measureSmall(shape, box, compactWidth, 3);
			case STUB -> measureSmall(shape, box, STUB_WIDTH, 3);
		}
		shape.textColumns.clear();
		shape.textColumns.add(0);
		float height = 0;
		float column = 0;
		for (int i = 0; i < shape.lines.size(); i++) {
			Line line = shape.lines.get(i);
			boolean canBreak = line.rule() || line.bullet();
			if (shape.mode == Mode.DETAIL && canBreak && column + line.height() > MAX_TEXT_HEIGHT) {
				// a box with more indicators than a page holds: its text continues in another column
				shape.textColumns.add(i);
				column = 0;
			}
			column += line.height();
			height = Math.max(height, column);
		}
		shape.width *= shape.textColumns.size();
		shape.height = height + 2 * PAD;
	}

	private void measureDetail(Shape shape, ChartBox box) {
		shape.width = DETAIL_WIDTH;
		float inner = DETAIL_WIDTH - 2 * PAD;
		Color kindColor = stroke(box.kind);
		add(shape, header(box), 7f, true, kindColor, 0, inner);
		add(shape, box.name, 9f, true, TEXT, 0, inner);
		if (!box.responsible.isEmpty()) {
			add(shape, this.labels.responsible() + ": " + String.join("; ", box.responsible), 7f, false, MUTED, 0,
					inner);
		}
		if (!box.alsoSupports.isEmpty()) {
			add(shape, this.labels.alsoSupports() + ": " + String.join("; ", box.alsoSupports), 7f, false, MUTED,
					0, inner);
		}
		if (this.indicators && !box.indicators.isEmpty()) {
			shape.lines.add(new Line("", 0, false, MUTED, 0, true, false));
			float indent = 8f;
			for (IndicatorLine indicator : box.indicators) {
				String name = indicator.code() == null || indicator.code().isBlank() ? indicator.name()
						: indicator.code() + " " + indicator.name();
				List<String> wrapped = this.font.wrap(name, 8f, inner - indent);
				for (int i = 0; i < wrapped.size(); i++) {
					shape.lines.add(new Line(wrapped.get(i), 8f, false, TEXT, indent, false, i == 0));
				}
				List<String> facts = new ArrayList<>();
				if (indicator.satuan() != null && !indicator.satuan().isBlank()) {
					facts.add(indicator.satuan());
				}
				if (indicator.target() != null && !indicator.target().isBlank()) {
					facts.add(this.labels.target(this.year) + ": " + indicator.target());
				}
				if (!facts.isEmpty()) {
					add(shape, String.join(" · ", facts), 7f, false, MUTED, indent, inner);
				}
			}
		}
	}

	private void measureSmall(Shape shape, ChartBox box, float width, int nameLines) {
		shape.width = width;
		float inner = width - 2 * PAD;
		Color kindColor = stroke(box.kind);
		String head = box.kind == NodeKind.UNIT ? this.labels.level(box.level)
				: this.labels.kind(box.kind) + (box.code == null || box.code.isBlank() ? "" : " " + box.code);
		float size = width >= 110 ? 7f : 6.5f;
		for (String line : this.font.wrap(head, size - 0.5f, inner, 1)) {
			shape.lines.add(Line.text(line, size - 0.5f, true, kindColor, 0));
		}
		for (String line : this.font.wrap(box.name, size, inner, nameLines)) {
			shape.lines.add(Line.text(line, size, false, TEXT, 0));
		}
		if (shape.mode == Mode.STUB && this.indicators && !box.indicators.isEmpty()) {
			shape.lines.add(Line.text(this.labels.indicatorCount(box.indicators.size()), size - 0.5f, false, MUTED, 0));
		}
		if (shape.continuedOn != null) {
			for (String line : this.font.wrap("→ " + this.labels.continuedOn(shape.continuedOn), size, inner)) {
				shape.lines.add(Line.text(line, size, true, MARK, 0));
			}
		}
	}

	private String header(ChartBox box) {
		String kind = this.labels.kind(box.kind).toUpperCase(java.util.Locale.ROOT);
		String level = this.labels.level(box.level);
		StringBuilder head = new StringBuilder(kind);
		if (!level.isEmpty() && box.kind != NodeKind.UNIT) {
			head.append(" · ").append(level);
		}
		else if (box.kind == NodeKind.UNIT) {
			head.setLength(0);
			head.append(level.toUpperCase(java.util.Locale.ROOT));
		}
		if (box.code != null && !box.code.isBlank()) {
			head.append(" · ").append(box.code.strip());
		}
		return head.toString();
	}

	private void add(Shape shape, String text, float size, boolean bold, Color color, float indent, float inner) {
		for (String line : this.font.wrap(text, size, inner - indent)) {
			shape.lines.add(Line.text(line, size, bold, color, indent));
		}
	}

	// ---- placing

	/**
	 * Measures a subtree and computes its size; stacked children flow into as many columns as
	 * {@code availableHeight} (what the page leaves under the box's top) needs.
	 */
	void place(Shape shape, float availableHeight, float compactWidth) {
		measure(shape, compactWidth);
		shape.columns.clear();
		if (shape.children.isEmpty()) {
			shape.stacked = false;
			shape.treeWidth = shape.width;
			shape.treeHeight = shape.height;
			return;
		}
		shape.stacked = stacks(shape);
		float below = availableHeight - shape.height - (shape.stacked ? STACK_GAP : LEVEL_GAP);
		if (shape.stacked) {
			List<Shape> column = new ArrayList<>();
			float columnHeight = 0;
			float tallest = 0;
			float childWidth = 0;
			for (Shape child : shape.children) {
				place(child, below, compactWidth);
				childWidth = Math.max(childWidth, child.treeWidth);
				float add = (column.isEmpty() ? 0 : STACK_GAP) + child.treeHeight;
				if (!column.isEmpty() && columnHeight + add > below) {
					shape.columns.add(column);
					tallest = Math.max(tallest, columnHeight);
					column = new ArrayList<>();
					columnHeight = 0;
					add = child.treeHeight;
				}
				column.add(child);
				columnHeight += add;
			}
			shape.columns.add(column);
			tallest = Math.max(tallest, columnHeight);
			int n = shape.columns.size();
			shape.treeWidth = Math.max(shape.width, INDENT + n * childWidth + (n - 1) * SIBLING_GAP);
			shape.treeHeight = shape.height + STACK_GAP + tallest;
		}
		else {
			float span = 0;
			float tallest = 0;
			for (Shape child : shape.children) {
				place(child, below, compactWidth);
				span += (span == 0 ? 0 : SIBLING_GAP) + child.treeWidth;
				tallest = Math.max(tallest, child.treeHeight);
			}
			shape.treeWidth = Math.max(shape.width, span);
			shape.treeHeight = shape.height + LEVEL_GAP + tallest;
		}
	}

	/** Leaves under a bagian or subbagian, subbagian leaves, stubs and the overview's leaves go in columns. */
	private static boolean stacks(Shape shape) {
		if (!shape.children.stream().allMatch(child -> child.children.isEmpty())) {
			return false;
		}
		if (shape.mode == Mode.COMPACT || shape.children.stream().allMatch(child -> child.mode == Mode.STUB)) {
			// the overview's and the stubs' small boxes: in columns, so that many of them still fit a page
			return true;
		}
		Level level = shape.box.level;
		return level == Level.BAGIAN || level == Level.SUBBAGIAN
				|| shape.children.stream().anyMatch(child -> child.box.level == Level.SUBBAGIAN);
	}

	/** Puts a placed subtree with its bounding box's top left corner at (x, y). */
	void position(Shape shape, float x, float y) {
		shape.y = y;
		if (shape.children.isEmpty()) {
			shape.x = x + (shape.treeWidth - shape.width) / 2;
			return;
		}
		if (shape.stacked) {
			shape.x = x;
			float columnX = x + INDENT;
			for (List<Shape> column : shape.columns) {
				float childY = y + shape.height + STACK_GAP;
				float columnWidth = 0;
				for (Shape child : column) {
					position(child, columnX, childY);
					childY += child.treeHeight + STACK_GAP;
					columnWidth = Math.max(columnWidth, child.treeWidth);
				}
				columnX += columnWidth + SIBLING_GAP;
			}
			return;
		}
		float span = -SIBLING_GAP;
		for (Shape child : shape.children) {
			span += SIBLING_GAP + child.treeWidth;
		}
		float childX = x + (shape.treeWidth - span) / 2;
		float childY = y + shape.height + LEVEL_GAP;
		for (Shape child : shape.children) {
			position(child, childX, childY);
			childX += child.treeWidth + SIBLING_GAP;
		}
		Shape first = shape.children.get(0);
		Shape last = shape.children.get(shape.children.size() - 1);
		float centre = (first.x + first.width / 2 + last.x + last.width / 2) / 2;
		shape.x = Math.max(x, Math.min(x + shape.treeWidth - shape.width, centre - shape.width / 2));
	}

	/** Places roots side by side: their total size (width, height). */
	float[] placeRow(List<Shape> roots, float availableHeight, float compactWidth) {
		float width = 0;
		float height = 0;
		for (Shape root : roots) {
			place(root, availableHeight, compactWidth);
			width += (width == 0 ? 0 : SIBLING_GAP * 2) + root.treeWidth;
			height = Math.max(height, root.treeHeight);
		}
		return new float[] { width, height };
	}

	/** Positions placed roots side by side, the row centred in {@code width}. */
	void positionRow(List<Shape> roots, float width) {
		float span = -SIBLING_GAP * 2;
		for (Shape root : roots) {
			span += SIBLING_GAP * 2 + root.treeWidth;
		}
		float x = Math.max(0, (width - span) / 2);
		for (Shape root : roots) {
			position(root, x, 0);
			x += root.treeWidth + SIBLING_GAP * 2;
		}
	}

}
