package id.pokin.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The text font of Pokin's PDFs (the pohon kinerja, the matriks cascading): Liberation Sans, which PDFBox ships in
 * its jar, embedded as a subset. The standard 14 fonts only encode WinAnsi, and the decrees hold curly quotes,
 * dashes, non-breaking spaces and more; this font covers Latin, Greek and Cyrillic, and {@link #printable} replaces
 * whatever it still lacks, so no text of the graph can fail a file. {@link TextLines} measures and wraps with it.
 */
public final class PdfFont {

	private static final String RESOURCE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

	private static final byte[] BYTES = read();

	private final PDFont font;

	private final CmapLookup glyphs;

	private PdfFont(PDFont font, CmapLookup glyphs) {
		this.font = font;
		this.glyphs = glyphs;
	}

	/** A font for one document (a subset is built per document, so the parsed font is not shared). */
	public static PdfFont load(PDDocument document) {
		try {
			TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(BYTES));
			return new PdfFont(PDType0Font.load(document, ttf, true), ttf.getUnicodeCmapLookup());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public PDFont pdFont() {
		return this.font;
	}

	/**
	 * The text as one printable line: NFC, every kind of space and line break a plain space, control characters
	 * dropped, and a character the font lacks replaced by its decomposition without accents, or by "?".
	 */
	public String printable(String text) {
		if (text == null) {
			return "";
		}
		String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
		StringBuilder out = new StringBuilder(nfc.length());
		nfc.codePoints().forEach(cp -> {
			if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
				out.append(' ');
			}
			else if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
				// zero-width and control characters print nothing
			}
			else if (hasGlyph(cp)) {
				out.appendCodePoint(cp);
			}
			else {
				String plain = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKD);
				boolean any = false;
				for (int i = 0; i < plain.length(); i++) {
					char c = plain.charAt(i);
					if (Character.getType(c) != Character.NON_SPACING_MARK && !Character.isSurrogate(c) && hasGlyph(c)) {
						out.append(c);
						any = true;
					}
				}
				if (!any) {
					out.append('?');
				}
			}
		});
		return out.toString().replaceAll(" {2,}", " ").strip();
	}

	/** {@link #printable} line by line: the line breaks ({@code \n}) stay, to separate a cell's elements. */
	public String printableLines(String text) {
		if (text == null) {
			return "";
		}
		return Arrays.stream(text.split("\n", -1)).map(this::printable).collect(Collectors.joining("\n"));
	}

	private boolean hasGlyph(int codePoint) {
		return this.glyphs.getGlyphId(codePoint) > 0;
	}

	/** Width in points of printable text. */
	public float width(String text, float size) {
		return TextLines.width(this.font, text, size);
	}

	/**
	 * The font with its GSUB table renamed, so PDFBox does not apply it: for Latin text it only forms ligatures
	 * ("fi"), which copy and text extraction handle worse, and applying it built regular expressions for every line
	 * drawn (most of a large chart's drawing time). The table directory follows the 12-byte header, 16 bytes a table.
	 */
	static byte[] withoutGlyphSubstitution(byte[] font) {
		int tables = ((font[4] & 0xff) << 8) | (font[5] & 0xff);
		for (int i = 0; i < tables; i++) {
			int at = 12 + 16 * i;
			if (font[at] == 'G' && font[at + 1] == 'S' && font[at + 2] == 'U' && font[at + 3] == 'B') {
				font[at] = 'x';
			}
		}
		return font;
	}

	private static byte[] read() {
		try (InputStream in = PdfFont.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("PDFBox's " + RESOURCE + " is missing from the classpath");
			}
			return withoutGlyphSubstitution(in.readAllBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
