package id.pokin.matriks;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import id.pokin.pdf.PdfFont;
import id.pokin.pdf.TextLines;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The matriks as a printable PDF (Apache PDFBox): landscape A3 (or A4), each perangkat daerah from a new page with
 * a title (scope, perangkat daerah, year, date), the column headers repeated at the top of every page, text wrapped
 * in its cell, the shared upper tiers drawn as one cell (repeated at the top of a page a run continues on),
 * crosscutting rows shaded, and "Halaman n dari N" under every page. No text is smaller than {@link #MIN_SIZE}.
 * <p>
 * Text is set in {@link PdfFont} (Liberation Sans, embedded as a subset): it covers the Latin Extended letters decrees
 * use beyond WinAnsi; a character it has no glyph for is printed without its accent or as {@code ?} instead of
 * failing the file. The fixed headers are Helvetica Bold (one of the standard 14, ASCII text only). Row heights and
 * the merged tier cells are worked out by {@link MatriksGrid}.
 */
final class MatriksPdf {

	static final String CONTENT_TYPE = "application/pdf";

	/** The smallest type on any page, in points. */
	static final float MIN_SIZE = 6.5f;

	private static final float MARGIN = 28;

	private static final float PADDING = 2.5f;

	private static final float TITLE_SIZE = 14;

	private static final float SUBTITLE_SIZE = 10;

	private static final float FOOTER_SIZE = 7;

	/** Relative column widths, in the order of {@link Matriks#headers()}. */
	private static final float[] WIDTHS = { 3, 15, 16, 17, 17, 21, 6, 7, 12, 8 };

	private final PDDocument document;

	private final MatriksPaper paper;

	private final PdfFont font;

	private final PDFont regular;

	private final PDFont bold;

	private final float size;

	private final float leading;

	private final float[] widths;

	private PDPageContentStream out;

	private float y;

	private MatriksPdf(PDDocument document, MatriksPaper paper) throws IOException {
		this.document = document;
		this.paper = paper;
		this.font = PdfFont.load(document);
		this.regular = this.font.pdFont();
		this.bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
		this.size = paper.bodySize();
		this.leading = this.size * 1.2f;
		float total = 0;
		for (float w : WIDTHS) {
			total += w;
		}
		float available = paper.size().getWidth() - 2 * MARGIN;
		this.widths = new float[WIDTHS.length];
		for (int i = 0; i < WIDTHS.length; i++) {
			this.widths[i] = WIDTHS[i] / total * available;
		}
	}

	/** Where each column starts and ends on the page, in points from the left: {@code n + 1} edges. */
	static float[] columnEdges(MatriksPaper paper) {
		float total = 0;
		for (float w : WIDTHS) {
			total += w;
		}
		float available = paper.size().getWidth() - 2 * MARGIN;
		float[] edges = new float[WIDTHS.length + 1];
		edges[0] = MARGIN;
		for (int i = 0; i < WIDTHS.length; i++) {
			edges[i + 1] = edges[i] + WIDTHS[i] / total * available;
		}
		return edges;
	}

	static void write(Matriks matriks, MatriksPaper paper, OutputStream stream) throws IOException {
		try (PDDocument document = new PDDocument()) {
			document.getDocumentInformation().setTitle("Matriks cascading " + matriks.scopeName() + " " + matriks.year());
			document.getDocumentInformation().setCreator("Pokin");
			MatriksPdf pdf = new MatriksPdf(document, paper);
			List<Matriks.Sheet> sheets = matriks.sheets().isEmpty()
					? List.of(new Matriks.Sheet(matriks.scopeId(), matriks.scopeName(), List.of())) : matriks.sheets();
			for (Matriks.Sheet sheet : sheets) {
				pdf.sheet(matriks, sheet);
			}
			pdf.close();
			pdf.pageNumbers();
			document.save(stream);
		}
	}

	private void sheet(Matriks matriks, Matriks.Sheet sheet) throws IOException {
		List<String> headers = matriks.headers();
		MatriksGrid grid = new MatriksGrid(sheet, headers.size(),
				(text, column) -> wrap(text, this.widths[column]).size() * this.leading + 2 * PADDING);
		List<List<String>> cells = grid.cells();
		float[] heights = grid.heights();
		float bottom = MARGIN + FOOTER_SIZE * 2.5f;
		// the most a row may take: a page less its title (54 pt) and the header row (up to three lines)
		float pageBody = this.paper.size().getHeight() - MARGIN - bottom - 54 - (3 * this.leading + 2 * PADDING);
		newPage();
		title(matriks, sheet, false);
		header(headers);
		int pageFirst = 0;
		for (int r = 0; r < cells.size(); r++) {
			float height = Math.min(heights[r], pageBody);
			if (this.y - height < bottom) {
				newPage();
				title(matriks, sheet, true);
				header(headers);
				pageFirst = r;
			}
			float top = this.y;
			Matriks.Row row = sheet.rows().get(r);
			if (row.crosscutting()) {
				fill(MARGIN, top - height, this.paper.size().getWidth() - 2 * MARGIN, height, 1f, 0.97f, 0.8f);
			}
			float x = MARGIN;
			for (int c = 0; c < headers.size(); c++) {
				float w = this.widths[c];
				boolean tier = c >= 1 && c <= Matriks.TIERS;
				int start = tier ? grid.runStart(c - 1, r) : r;
				int end = tier ? grid.runEnd(c - 1, r) : r;
				boolean first = r == start || r == pageFirst;
				boolean last = r == end;
				if (first) {
					float spanHeight = 0;
					float floor = bottom;
					for (int s = r; s <= end; s++) {
						float h = Math.min(heights[s], pageBody);
						if (top - spanHeight - h < floor) {
							break;
						}
						spanHeight += h;
					}
					text(cells.get(r).get(c), x, top, w, Math.max(height, spanHeight));
				}
				line(x, top, x, top - height);
				line(x + w, top, x + w, top - height);
				if (first) {
					line(x, top, x + w, top);
				}
				if (last || this.y - height - (r + 1 < cells.size() ? Math.min(heights[r + 1], pageBody) : 0) < bottom) {
					line(x, top - height, x + w, top - height);
				}
				x += w;
			}
			this.y -= height;
		}
		if (cells.isEmpty()) {
			show(this.regular, this.size, "Tidak ada indikator dalam lingkup ini.", MARGIN, this.y - this.leading);
		}
	}

	private void title(Matriks matriks, Matriks.Sheet sheet, boolean continued) throws IOException {
		float top = this.paper.size().getHeight() - MARGIN;
		String unit = sheet.unitName() + (sheet.unitId().equals(matriks.scopeId()) ? "" : " - " + matriks.scopeName());
		show(this.bold, TITLE_SIZE, "MATRIKS CASCADING KINERJA" + (continued ? " (lanjutan)" : ""), MARGIN,
				top - TITLE_SIZE);
		show(this.regular, SUBTITLE_SIZE, this.font.printable(unit), MARGIN, top - TITLE_SIZE - SUBTITLE_SIZE * 1.6f);
		show(this.regular, SUBTITLE_SIZE, "Target tahun " + matriks.year() + "   Dibuat " + matriks.date(), MARGIN,
				top - TITLE_SIZE - SUBTITLE_SIZE * 3.0f);
		this.y = top - 54;
	}

	private void header(List<String> headers) throws IOException {
		float height = 0;
		for (int c = 0; c < headers.size(); c++) {
			height = Math.max(height, wrap(this.bold, headers.get(c), this.widths[c]).size() * this.leading + 2 * PADDING);
		}
		float top = this.y;
		fill(MARGIN, top - height, this.paper.size().getWidth() - 2 * MARGIN, height, 0.85f, 0.85f, 0.85f);
		float x = MARGIN;
		for (int c = 0; c < headers.size(); c++) {
			List<String> lines = wrap(this.bold, headers.get(c), this.widths[c]);
			for (int i = 0; i < lines.size(); i++) {
				show(this.bold, this.size, lines.get(i), x + PADDING, top - PADDING - this.size - i * this.leading);
			}
			rectangle(x, top - height, this.widths[c], height);
			x += this.widths[c];
		}
		this.y -= height;
	}

	/** A cell's wrapped text from its top, as many lines as fit in {@code height}. */
	private void text(String value, float x, float top, float width, float height) throws IOException {
		List<String> lines = wrap(value, width);
		int fit = (int) Math.floor((height - 2 * PADDING) / this.leading);
		for (int i = 0; i < lines.size() && i < fit; i++) {
			show(this.regular, this.size, lines.get(i), x + PADDING, top - PADDING - this.size - i * this.leading);
		}
	}

	private List<String> wrap(String value, float width) {
		return TextLines.wrap(this.regular, this.font.printableLines(value), this.size, width - 2 * PADDING);
	}

	private List<String> wrap(PDFont font, String text, float width) {
		return TextLines.wrap(font, text, this.size, width - 2 * PADDING);
	}

	private void show(PDFont font, float fontSize, String text, float x, float baseline) throws IOException {
		if (text.isEmpty()) {
			return;
		}
		this.out.beginText();
		this.out.setFont(font, fontSize);
		this.out.newLineAtOffset(x, baseline);
		this.out.showText(text);
		this.out.endText();
	}

	private void line(float x1, float y1, float x2, float y2) throws IOException {
		this.out.moveTo(x1, y1);
		this.out.lineTo(x2, y2);
		this.out.stroke();
	}

	private void rectangle(float x, float y, float width, float height) throws IOException {
		this.out.addRect(x, y, width, height);
		this.out.stroke();
	}

	private void fill(float x, float y, float width, float height, float r, float g, float b) throws IOException {
		this.out.setNonStrokingColor(r, g, b);
		this.out.addRect(x, y, width, height);
		this.out.fill();
		this.out.setNonStrokingColor(0f, 0f, 0f);
	}

	private void newPage() throws IOException {
		close();
		PDPage page = new PDPage(this.paper.size());
		this.document.addPage(page);
		this.out = new PDPageContentStream(this.document, page);
		this.out.setLineWidth(0.5f);
	}

	private void close() throws IOException {
		if (this.out != null) {
			this.out.close();
			this.out = null;
		}
	}

	/** "Halaman n dari N" at the foot of every page, once the number of pages is known. */
	private void pageNumbers() throws IOException {
		int total = this.document.getNumberOfPages();
		for (int i = 0; i < total; i++) {
			PDPage page = this.document.getPage(i);
			try (PDPageContentStream footer = new PDPageContentStream(this.document, page, AppendMode.APPEND, true, true)) {
				String text = "Halaman " + (i + 1) + " dari " + total;
				float width = this.regular.getStringWidth(text) / 1000 * FOOTER_SIZE;
				footer.beginText();
				footer.setFont(this.regular, FOOTER_SIZE);
				footer.newLineAtOffset((this.paper.size().getWidth() - width) / 2, MARGIN);
				footer.showText(text);
				footer.endText();
			}
		}
	}

}
