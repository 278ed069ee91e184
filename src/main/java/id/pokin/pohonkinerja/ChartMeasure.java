package id.pokin.pohonkinerja;

import java.awt.Color;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import id.pokin.node.NodeKind;
import id.pokin.pohonkinerja.ChartBox.IndicatorLine;
import id.pokin.pohonkinerja.Shape.Line;
import id.pokin.pohonkinerja.Shape.Mode;

/**
 * A box's text as the chart draws it (its lines, wrapped) and the size that gives it, for {@link ChartLayout}: in
 * detail (kind, level and code, name, responsible units, indicators with satuan and target), as a stub or in the
 * overview (kind, name in a few lines, the page it continues on).
 */
final class ChartMeasure {

	private final ChartFont font;

	private final Labels labels;

	private final int year;

	private final boolean indicators;

	private final Map<MeasureKey, Measured> measured = new HashMap<>();

	ChartMeasure(ChartFont font, Labels labels, int year, boolean indicators) {
		this.font = font;
		this.labels = labels;
		this.year = year;
		this.indicators = indicators;
	}

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

	private void measureText(Shape shape, float compactWidth) {
		shape.lines.clear();
		ChartBox box = shape.box;
		switch (shape.mode) {
			case DETAIL -> measureDetail(shape, box);
			case COMPACT -> measureSmall(shape, box, compactWidth, 3);
			case STUB -> measureSmall(shape, box, ChartLayout.STUB_WIDTH, 3);
		}
		shape.textColumns.clear();
		shape.textColumns.add(0);
		float height = 0;
		float column = 0;
		for (int i = 0; i < shape.lines.size(); i++) {
			Line line = shape.lines.get(i);
			boolean canBreak = line.rule() || line.bullet();
			if (shape.mode == Mode.DETAIL && canBreak && column + line.height() > ChartLayout.MAX_TEXT_HEIGHT) {
				// a box with more indicators than a page holds: its text continues in another column
				shape.textColumns.add(i);
				column = 0;
			}
			column += line.height();
			height = Math.max(height, column);
		}
		shape.width *= shape.textColumns.size();
		shape.height = height + 2 * ChartLayout.PAD;
	}

	private void measureDetail(Shape shape, ChartBox box) {
		shape.width = ChartLayout.DETAIL_WIDTH;
		float inner = ChartLayout.DETAIL_WIDTH - 2 * ChartLayout.PAD;
		Color kindColor = ChartLayout.stroke(box.kind);
		add(shape, header(box), 7f, true, kindColor, 0, inner);
		add(shape, box.name, 9f, true, ChartLayout.TEXT, 0, inner);
		if (!box.responsible.isEmpty()) {
			add(shape, this.labels.responsible() + ": " + String.join("; ", box.responsible), 7f, false, ChartLayout.MUTED, 0,
					inner);
		}
		if (!box.alsoSupports.isEmpty()) {
			add(shape, this.labels.alsoSupports() + ": " + String.join("; ", box.alsoSupports), 7f, false, ChartLayout.MUTED,
					0, inner);
		}
		if (this.indicators && !box.indicators.isEmpty()) {
			shape.lines.add(new Line("", 0, false, ChartLayout.MUTED, 0, true, false));
			float indent = 8f;
			for (IndicatorLine indicator : box.indicators) {
				String name = indicator.code() == null || indicator.code().isBlank() ? indicator.name()
						: indicator.code() + " " + indicator.name();
				List<String> wrapped = this.font.wrap(name, 8f, inner - indent);
				for (int i = 0; i < wrapped.size(); i++) {
					shape.lines.add(new Line(wrapped.get(i), 8f, false, ChartLayout.TEXT, indent, false, i == 0));
				}
				List<String> facts = new ArrayList<>();
				if (indicator.satuan() != null && !indicator.satuan().isBlank()) {
					facts.add(indicator.satuan());
				}
				if (indicator.target() != null && !indicator.target().isBlank()) {
					facts.add(this.labels.target(this.year) + ": " + indicator.target());
				}
				if (!facts.isEmpty()) {
					add(shape, String.join(" · ", facts), 7f, false, ChartLayout.MUTED, indent, inner);
				}
			}
		}
	}

	private void measureSmall(Shape shape, ChartBox box, float width, int nameLines) {
		shape.width = width;
		float inner = width - 2 * ChartLayout.PAD;
		Color kindColor = ChartLayout.stroke(box.kind);
		String head = box.kind == NodeKind.UNIT ? this.labels.level(box.level)
				: this.labels.kind(box.kind) + (box.code == null || box.code.isBlank() ? "" : " " + box.code);
		float size = width >= 110 ? 7f : 6.5f;
		for (String line : this.font.wrap(head, size - 0.5f, inner, 1)) {
			shape.lines.add(Line.text(line, size - 0.5f, true, kindColor, 0));
		}
		for (String line : this.font.wrap(box.name, size, inner, nameLines)) {
			shape.lines.add(Line.text(line, size, false, ChartLayout.TEXT, 0));
		}
		if (shape.mode == Mode.STUB && this.indicators && !box.indicators.isEmpty()) {
			shape.lines.add(Line.text(this.labels.indicatorCount(box.indicators.size()), size - 0.5f, false, ChartLayout.MUTED, 0));
		}
		if (shape.continuedOn != null) {
			for (String line : this.font.wrap("→ " + this.labels.continuedOn(shape.continuedOn), size, inner)) {
				shape.lines.add(Line.text(line, size, true, ChartLayout.MARK, 0));
			}
		}
	}

	private String header(ChartBox box) {
		String kind = this.labels.kind(box.kind).toUpperCase(Locale.ROOT);
		String level = this.labels.level(box.level);
		StringBuilder head = new StringBuilder(kind);
		if (!level.isEmpty() && box.kind != NodeKind.UNIT) {
			head.append(" · ").append(level);
		}
		else if (box.kind == NodeKind.UNIT) {
			head.setLength(0);
			head.append(level.toUpperCase(Locale.ROOT));
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

}
