package id.pokin.pohonkinerja;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import id.pokin.node.NodeKind;
import id.pokin.pohonkinerja.Shape.Line;
import id.pokin.pohonkinerja.Shape.Mode;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The chart as A3 landscape pages. A tree that fits one page is drawn on one. A wider (or taller) one is split:
 * page 1 is an overview of the whole in small boxes, each part marked with the page it continues on; then the upper
 * levels in detail, the parts below them drawn as stubs ("lanjut di halaman N"); then the parts, each the subtree of
 * a bagian (or of the largest node whose subtree fits a page), neighbours that fit together sharing a page, each
 * saying which page it comes from ("dari halaman N"). Upper levels too wide for one page are split the same way,
 * one page per node with its children as stubs. Which box goes on which page is {@link ChartPlan}'s; drawing in page
 * coordinates is {@link ChartPainter}'s.
 */
final class ChartDocument {

	static final PDRectangle A3_LANDSCAPE = new PDRectangle(PDRectangle.A3.getHeight(), PDRectangle.A3.getWidth());

	static final float MARGIN = 28f;

	static final float HEADER = 52f;

	static final float FOOTER = 24f;

	static final float CONTENT_WIDTH = A3_LANDSCAPE.getWidth() - 2 * MARGIN;

	static final float CONTENT_HEIGHT = A3_LANDSCAPE.getHeight() - 2 * MARGIN - HEADER - FOOTER;

	private final ChartLayout layout;

	private final String unitName;

	private final String region;

	private final LocalDate printed;

	private final int year;

	private final ChartPlan plan;

	private ChartDocument(ChartLayout layout, ChartBox root, String region, LocalDate printed, int year) {
		this.layout = layout;
		this.plan = new ChartPlan(layout, root);
		this.unitName = root.name;
		this.region = region;
		this.printed = printed;
		this.year = year;
	}

	/** The whole document, for a tree built by {@link ChartTree}. */
	static byte[] render(ChartBox root, String region, Labels labels, int year, boolean indicators, LocalDate printed) {
		try (PDDocument document = new PDDocument()) {
			ChartFont font = ChartFont.load(document);
			ChartLayout layout = new ChartLayout(font, labels, year, indicators);
			ChartDocument chart = new ChartDocument(layout, root, region, printed, year);
			List<ChartPage> pages = chart.plan.pages();
			for (ChartPage page : pages) {
				chart.draw(document, page, pages.size());
			}
			PDDocumentInformation info = document.getDocumentInformation();
			info.setTitle(labels.title() + ": " + font.printable(root.name));
			info.setCreator("Pokin");
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void draw(PDDocument document, ChartPage page, int pageCount) throws IOException {
		PDPage pdPage = new PDPage(A3_LANDSCAPE);
		document.addPage(pdPage);
		List<Shape> roots = this.plan.shapes(page);
		this.layout.placeRow(roots, CONTENT_HEIGHT, page.compactWidth);
		this.layout.positionRow(roots, CONTENT_WIDTH);
		try (PDPageContentStream out = new PDPageContentStream(document, pdPage)) {
			ChartPainter painter = new ChartPainter(out, this.layout.font());
			header(painter, page);
			for (Shape root : roots) {
				connectors(painter, root);
			}
			for (Shape root : roots) {
				boxes(painter, root);
			}
			footer(painter, page, pageCount);
		}
	}

	private void header(ChartPainter painter, ChartPage page) throws IOException {
		Labels labels = this.layout.labels();
		float top = MARGIN;
		painter.text(labels.title() + ": " + this.unitName, MARGIN, top + 14, 15f, true, ChartLayout.TEXT,
				CONTENT_WIDTH);
		List<String> facts = new ArrayList<>();
		if (this.region != null && !this.region.equals(this.unitName)) {
			facts.add(this.region);
		}
		facts.add(labels.printed(this.printed));
		facts.add(labels.targetYear(this.year));
		painter.text(String.join(" · ", facts), MARGIN, top + 28, 8.5f, false, ChartLayout.MUTED, CONTENT_WIDTH);
		String heading = switch (page.kind) {
			case SINGLE -> null;
			case OVERVIEW -> labels.overview();
			case UPPER -> page.from == null ? labels.upperLevels() : labels.part() + ": " + page.upper.box().title();
			case PART -> labels.part() + ": " + page.pack.parent().title();
		};
		if (heading != null) {
			float width = painter.text(heading, MARGIN, top + 42, 9f, true, ChartLayout.TEXT, CONTENT_WIDTH * 0.8f);
			if (page.from != null) {
				painter.text("← " + labels.from(page.from.number), MARGIN + width + 10, top + 42, 9f, true,
						ChartLayout.MARK, CONTENT_WIDTH * 0.2f);
			}
		}
	}

	private void footer(ChartPainter painter, ChartPage page, int pageCount) throws IOException {
		Labels labels = this.layout.labels();
		float baseline = A3_LANDSCAPE.getHeight() - MARGIN;
		float x = MARGIN;
		x += painter.text(labels.legend() + ":", x, baseline, 8f, true, ChartLayout.TEXT, 200) + 8;
		for (NodeKind kind : List.of(NodeKind.TUJUAN, NodeKind.SASARAN, NodeKind.KONDISI, NodeKind.INDIKATOR,
				NodeKind.UNIT)) {
			if (kind == NodeKind.INDIKATOR) {
				painter.rectangle(x, baseline - 8, 14, 9, Color.WHITE, ChartLayout.stroke(NodeKind.SASARAN), false);
				painter.square(x + 5, baseline - 3.5f, ChartLayout.stroke(kind));
			}
			else {
				painter.rectangle(x, baseline - 8, 14, 9, ChartLayout.fill(kind), ChartLayout.stroke(kind), false);
			}
			x += 18;
			x += painter.text(labels.kind(kind), x, baseline, 8f, false, ChartLayout.TEXT, 200) + 14;
		}
		if (pageCount > 1) {
			painter.rectangle(x, baseline - 8, 14, 9, Color.WHITE, ChartLayout.MUTED, true);
			x += 18;
			painter.text("→ " + labels.continuedOn(0).replace(" 0", " N"), x, baseline, 8f, false, ChartLayout.TEXT,
					240);
		}
		String number = labels.page(page.number, pageCount);
		float width = this.layout.font().width(this.layout.font().printable(number), 8f);
		painter.text(number, A3_LANDSCAPE.getWidth() - MARGIN - width, baseline, 8f, false, ChartLayout.TEXT, 200);
	}

	private void connectors(ChartPainter painter, Shape shape) throws IOException {
		if (shape.children.isEmpty()) {
			return;
		}
		float ox = MARGIN;
		float oy = MARGIN + HEADER;
		float bottom = shape.y + shape.height;
		if (shape.stacked) {
			float trunkX = shape.x + ChartLayout.INDENT / 2;
			float barY = bottom + ChartLayout.STACK_GAP / 2;
			float lastSpine = trunkX;
			painter.line(ox + trunkX, oy + bottom, ox + trunkX, oy + barY);
			for (List<Shape> column : shape.columns) {
				float spine = column.get(0).x - ChartLayout.INDENT / 2;
				Shape last = column.get(column.size() - 1);
				painter.line(ox + spine, oy + barY, ox + spine, oy + last.y + 8);
				for (Shape child : column) {
					painter.line(ox + spine, oy + child.y + 8, ox + child.x, oy + child.y + 8);
				}
				lastSpine = spine;
			}
			if (lastSpine > trunkX) {
				painter.line(ox + trunkX, oy + barY, ox + lastSpine, oy + barY);
			}
		}
		else {
			float barY = bottom + ChartLayout.LEVEL_GAP / 2;
			float centre = shape.x + shape.width / 2;
			painter.line(ox + centre, oy + bottom, ox + centre, oy + barY);
			float left = centre;
			float right = centre;
			for (Shape child : shape.children) {
				float c = child.x + child.width / 2;
				painter.line(ox + c, oy + barY, ox + c, oy + child.y);
				left = Math.min(left, c);
				right = Math.max(right, c);
			}
			painter.line(ox + left, oy + barY, ox + right, oy + barY);
		}
		for (Shape child : shape.children) {
			connectors(painter, child);
		}
	}

	private void boxes(ChartPainter painter, Shape shape) throws IOException {
		float x = MARGIN + shape.x;
		float y = MARGIN + HEADER + shape.y;
		painter.rectangle(x, y, shape.width, shape.height, ChartLayout.fill(shape.box.kind),
				ChartLayout.stroke(shape.box.kind), shape.mode == Mode.STUB);
		float lineY = y + ChartLayout.PAD;
		float columnWidth = shape.width / shape.textColumns.size();
		for (int i = 0; i < shape.lines.size(); i++) {
			Line line = shape.lines.get(i);
			int column = shape.textColumns.indexOf(i);
			if (column > 0) {
				x = MARGIN + shape.x + column * columnWidth;
				lineY = y + ChartLayout.PAD;
			}
			if (line.rule()) {
				painter.line(x + ChartLayout.PAD, lineY + 2, x + columnWidth - ChartLayout.PAD, lineY + 2,
						ChartLayout.MUTED, 0.4f);
			}
			else {
				float baseline = lineY + line.size() * 0.95f;
				if (line.bullet()) {
					painter.square(x + ChartLayout.PAD + 1.2f, baseline - line.size() * 0.55f,
							ChartLayout.stroke(NodeKind.INDIKATOR));
				}
				painter.text(line.text(), x + ChartLayout.PAD + line.indent(), baseline, line.size(), line.bold(),
						line.color(), columnWidth);
			}
			lineY += line.height();
		}
		for (Shape child : shape.children) {
			boxes(painter, child);
		}
	}

}
