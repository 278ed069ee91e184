package id.pokin.pohonkinerja;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import id.pokin.node.NodeKind;
import id.pokin.pohonkinerja.Shape.Line;
import id.pokin.pohonkinerja.Shape.Mode;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * The chart as A3 landscape pages. A tree that fits one page is drawn on one. A wider (or taller) one is split:
 * page 1 is an overview of the whole in small boxes, each part marked with the page it continues on; then the upper
 * levels in detail, the parts below them drawn as stubs ("lanjut di halaman N"); then the parts, each the subtree of
 * a bagian (or of the largest node whose subtree fits a page), neighbours that fit together sharing a page, each
 * saying which page it comes from ("dari halaman N"). Upper levels too wide for one page are split the same way,
 * one page per node with its children as stubs.
 */
final class ChartDocument {

	static final PDRectangle A3_LANDSCAPE = new PDRectangle(PDRectangle.A3.getHeight(), PDRectangle.A3.getWidth());

	static final float MARGIN = 28f;

	static final float HEADER = 52f;

	static final float FOOTER = 24f;

	static final float CONTENT_WIDTH = A3_LANDSCAPE.getWidth() - 2 * MARGIN;

	static final float CONTENT_HEIGHT = A3_LANDSCAPE.getHeight() - 2 * MARGIN - HEADER - FOOTER;

	/** Overview box widths tried, widest first. */
	private static final float[] COMPACT_WIDTHS = { 150f, 130f, 116f, 100f, 86f, 74f };

	private final ChartLayout layout;

	private final String unitName;

	private final String region;

	private final LocalDate printed;

	private final int year;

	private final ChartBox root;

	private ChartDocument(ChartLayout layout, ChartBox root, String region, LocalDate printed, int year) {
		this.layout = layout;
		this.root = root;
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
			List<Page> pages = chart.plan();
			for (int i = 0; i < pages.size(); i++) {
				pages.get(i).number = i + 1;
			}
			for (Page page : pages) {
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

	// ---- the plan: which boxes go on which page

	private sealed interface Item permits Pack, Upper {
	}

	/** Neighbouring subtrees drawn together on one page, under {@code parent}. */
	private record Pack(ChartBox parent, List<ChartBox> roots) implements Item {
	}

	/** A node whose subtree does not fit a page: drawn in detail above its parts. */
	private record Upper(ChartBox box, List<Item> items) implements Item {
	}

	private enum Kind {

		SINGLE, OVERVIEW, UPPER, PART

	}

	private static final class Page {

		final Kind kind;

		final Upper upper;

		final boolean full;

		final Pack pack;

		final Page from;

		int number;

		/** The overview's shapes as chosen while planning (its marks are read when drawn). */
		float compactWidth;

		int depth;

		Page(Kind kind, Upper upper, boolean full, Pack pack, Page from) {
			this.kind = kind;
			this.upper = upper;
			this.full = full;
			this.pack = pack;
			this.from = from;
		}

		/** The page number, or a wide placeholder while planning. */
		int numberOrPlaceholder() {
			return this.number == 0 ? 999 : this.number;
		}

	}

	private final Map<Pack, Page> packPages = new IdentityHashMap<>();

	private final Map<Upper, Page> upperPages = new IdentityHashMap<>();

	/** For the overview: the pack a box is the root of, and the page each box is drawn on in detail. */
	private final Map<ChartBox, Pack> packOfRoot = new IdentityHashMap<>();

	private final Map<ChartBox, Page> detailPage = new IdentityHashMap<>();

	private List<Page> plan() {
		ChartBox root = this.root;
		List<Page> pages = new ArrayList<>();
		if (fits(List.of(this.layout.detail(root)))) {
			pages.add(new Page(Kind.SINGLE, null, false, null, null));
			return pages;
		}
		Upper top = new Upper(root, items(root));
		Page overview = new Page(Kind.OVERVIEW, null, false, null, null);
		pages.add(overview);
		section(top, null, pages);
		if (!chooseOverview(overview, root)) {
			pages.remove(overview);
		}
		return pages;
	}

	private List<Item> items(ChartBox parent) {
		List<Item> items = new ArrayList<>();
		List<ChartBox> pack = new ArrayList<>();
		for (ChartBox child : parent.children) {
			if (fits(List.of(this.layout.detail(child)))) {
				List<ChartBox> together = new ArrayList<>(pack);
				together.add(child);
				if (!pack.isEmpty() && !fits(together.stream().map(this.layout::detail).toList())) {
					items.add(pack(parent, pack));
					pack = new ArrayList<>();
				}
				pack.add(child);
			}
			else {
				if (!pack.isEmpty()) {
					items.add(pack(parent, pack));
					pack = new ArrayList<>();
				}
				items.add(new Upper(child, items(child)));
			}
		}
		if (!pack.isEmpty()) {
			items.add(pack(parent, pack));
		}
		return items;
	}

	private Pack pack(ChartBox parent, List<ChartBox> roots) {
		Pack pack = new Pack(parent, List.copyOf(roots));
		roots.forEach(root -> this.packOfRoot.put(root, pack));
		return pack;
	}

	private void section(Upper upper, Page from, List<Page> pages) {
		boolean full = fits(List.of(upperShape(upper, true)));
		Page page = new Page(Kind.UPPER, upper, full, null, from);
		pages.add(page);
		this.upperPages.put(upper, page);
		this.detailPage.put(upper.box, page);
		if (full) {
			List<Pack> packs = new ArrayList<>();
			collectPacks(upper, page, packs);
			packs.forEach(pack -> pages.add(partPage(pack, page)));
		}
		else {
			for (Item item : upper.items()) {
				if (item instanceof Pack pack) {
					pages.add(partPage(pack, page));
				}
				else if (item instanceof Upper below) {
					section(below, page, pages);
				}
			}
		}
	}

	/** The packs under an upper node drawn whole on one page, depth first; the nested upper nodes are on it too. */
	private void collectPacks(Upper upper, Page page, List<Pack> packs) {
		for (Item item : upper.items()) {
			if (item instanceof Pack pack) {
				packs.add(pack);
			}
			else if (item instanceof Upper below) {
				this.upperPages.put(below, page);
				this.detailPage.put(below.box, page);
				collectPacks(below, page, packs);
			}
		}
	}

	private Page partPage(Pack pack, Page from) {
		Page page = new Page(Kind.PART, null, false, pack, from);
		this.packPages.put(pack, page);
		pack.roots().forEach(root -> root.subtree().forEach(box -> this.detailPage.put(box, page)));
		return page;
	}

	/** The overview's box width and depth: the widest boxes and deepest tree that fit; false if none does. */
	private boolean chooseOverview(Page overview, ChartBox root) {
		int depth = depth(root);
		for (int d = depth; d >= 1; d--) {
			if (!fits(List.of(compactTree(root, 0, d)), COMPACT_WIDTHS[COMPACT_WIDTHS.length - 1])) {
				continue;
			}
			for (float width : COMPACT_WIDTHS) {
				if (fits(List.of(compactTree(root, 0, d)), width)) {
					overview.compactWidth = width;
					overview.depth = d;
					return true;
				}
			}
		}
		return false;
	}

	private static int depth(ChartBox box) {
		int below = 0;
		for (ChartBox child : box.children) {
			below = Math.max(below, depth(child));
		}
		return below + 1;
	}

	private boolean fits(List<Shape> roots) {
		return fits(roots, 0);
	}

	private boolean fits(List<Shape> roots, float compactWidth) {
		float[] size = this.layout.placeRow(roots, CONTENT_HEIGHT, compactWidth);
		return size[0] <= CONTENT_WIDTH && size[1] <= CONTENT_HEIGHT;
	}

	// ---- shapes of a page

	private Shape upperShape(Upper upper, boolean full) {
		Shape shape = this.layout.detailAlone(upper.box);
		for (Item item : upper.items()) {
			if (item instanceof Pack pack) {
				int page = pageOf(this.packPages.get(pack));
				pack.roots().forEach(root -> shape.children.add(this.layout.stub(root, page)));
			}
			else if (item instanceof Upper below) {
				shape.children.add(full ? upperShape(below, true)
						: this.layout.stub(below.box, pageOf(this.upperPages.get(below))));
			}
		}
		return shape;
	}

	private Shape compactTree(ChartBox box, int depth, int maxDepth) {
		Integer mark = null;
		Pack pack = this.packOfRoot.get(box);
		if (pack != null) {
			mark = pageOf(this.packPages.get(pack));
		}
		else if (depth + 1 == maxDepth && !box.children.isEmpty()) {
			mark = pageOf(this.detailPage.get(box));
		}
		Shape shape = this.layout.compact(box, mark);
		if (depth + 1 < maxDepth) {
			box.children.forEach(child -> shape.children.add(compactTree(child, depth + 1, maxDepth)));
		}
		return shape;
	}

	private static int pageOf(Page page) {
		return page == null ? 999 : page.numberOrPlaceholder();
	}

	private List<Shape> shapes(Page page) {
		return switch (page.kind) {
			case SINGLE -> List.of(this.layout.detail(this.root));
			case OVERVIEW -> List.of(compactTree(this.root, 0, page.depth));
			case UPPER -> List.of(upperShape(page.upper, page.full));
			case PART -> page.pack.roots().stream().map(this.layout::detail).toList();
		};
	}

	// ---- drawing

	private void draw(PDDocument document, Page page, int pageCount) throws IOException {
		PDPage pdPage = new PDPage(A3_LANDSCAPE);
		document.addPage(pdPage);
		List<Shape> roots = shapes(page);
		this.layout.placeRow(roots, CONTENT_HEIGHT, page.compactWidth);
		this.layout.positionRow(roots, CONTENT_WIDTH);
		try (PDPageContentStream out = new PDPageContentStream(document, pdPage)) {
			Painter painter = new Painter(out, this.layout.font());
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

	private void header(Painter painter, Page page) throws IOException {
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
			case UPPER -> page.from == null ? labels.upperLevels() : labels.part() + ": " + page.upper.box.title();
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

	private void footer(Painter painter, Page page, int pageCount) throws IOException {
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

	private void connectors(Painter painter, Shape shape) throws IOException {
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

	private void boxes(Painter painter, Shape shape) throws IOException {
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

	/** Drawing in page coordinates from the top left corner (PDF's origin is the bottom left). */
	private record Painter(PDPageContentStream out, ChartFont font) {

		private float flip(float y) {
			return A3_LANDSCAPE.getHeight() - y;
		}

		/** Draws printable text (never below the minimum size); returns its width. */
		float text(String text, float x, float baseline, float size, boolean bold, Color color, float maxWidth)
				throws IOException {
			float fontSize = Math.max(size, ChartLayout.MIN_FONT);
			String printable = this.font.printable(text);
			if (printable.isEmpty()) {
				return 0;
			}
			this.out.beginText();
			this.out.setFont(this.font.pdFont(), fontSize);
			this.out.setNonStrokingColor(color);
			if (bold) {
				// Liberation Sans is shipped in one weight: bold is the outline stroked as well as filled
				this.out.setRenderingMode(RenderingMode.FILL_STROKE);
				this.out.setStrokingColor(color);
				this.out.setLineWidth(fontSize * 0.035f);
			}
			else {
				this.out.setRenderingMode(RenderingMode.FILL);
			}
			this.out.newLineAtOffset(x, flip(baseline));
			this.out.showText(printable);
			this.out.endText();
			return this.font.width(printable, fontSize);
		}

		void line(float x1, float y1, float x2, float y2) throws IOException {
			line(x1, y1, x2, y2, new Color(0x6b, 0x74, 0x80), 0.7f);
		}

		void line(float x1, float y1, float x2, float y2, Color color, float width) throws IOException {
			this.out.setStrokingColor(color);
			this.out.setLineWidth(width);
			this.out.setLineDashPattern(new float[0], 0);
			this.out.moveTo(x1, flip(y1));
			this.out.lineTo(x2, flip(y2));
			this.out.stroke();
		}

		void rectangle(float x, float y, float width, float height, Color fill, Color stroke, boolean dashed)
				throws IOException {
			this.out.setNonStrokingColor(fill);
			this.out.setStrokingColor(stroke);
			this.out.setLineWidth(0.8f);
			this.out.setLineDashPattern(dashed ? new float[] { 3, 2 } : new float[0], 0);
			this.out.addRect(x, flip(y + height), width, height);
			this.out.fillAndStroke();
			this.out.setLineDashPattern(new float[0], 0);
		}

		void square(float x, float y, Color color) throws IOException {
			this.out.setNonStrokingColor(color);
			this.out.addRect(x, flip(y + 2.6f), 2.6f, 2.6f);
			this.out.fill();
		}

	}

}
