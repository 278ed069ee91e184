package id.pokin.pohonkinerja;

import java.util.ArrayList;
import java.util.List;

import id.pokin.pdf.PdfFont;
import id.pokin.pdf.TextLines;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * The one font of the chart ({@link PdfFont}: Liberation Sans, embedded as a subset), with the chart's way of
 * measuring and wrapping: a box's text is one printable line before it is wrapped, and an overview box may cut it.
 */
final class ChartFont {

	private final PdfFont font;

	private ChartFont(PdfFont font) {
		this.font = font;
	}

	/** A font for one document (a subset is built per document, so the parsed font is not shared). */
	static ChartFont load(PDDocument document) {
		return new ChartFont(PdfFont.load(document));
	}

	PDFont pdFont() {
		return this.font.pdFont();
	}

	/** The text as it can be printed, on one line (see {@link PdfFont#printable}). */
	String printable(String text) {
		return this.font.printable(text);
	}

	/** Width in points of printable text. */
	float width(String text, float size) {
		return this.font.width(text, size);
	}

	/**
	 * Printable text in lines no wider than {@code width}: broken at spaces, a word wider than a line broken
	 * where it must. Never shortened.
	 */
	List<String> wrap(String text, float size, float width) {
		return TextLines.wrap(pdFont(), printable(text), size, width);
	}

	/** At most {@code max} lines; the last one ends in "…" when text was left out (overview boxes only). */
	List<String> wrap(String text, float size, float width, int max) {
		List<String> lines = wrap(text, size, width);
		if (lines.size() <= max) {
			return lines;
		}
		List<String> kept = new ArrayList<>(lines.subList(0, max));
		String last = kept.get(max - 1);
		while (!last.isEmpty() && width(last + "…", size) > width) {
			last = last.substring(0, last.length() - 1);
		}
		kept.set(max - 1, last.strip() + "…");
		return kept;
	}

}
