package id.pokin.pohonkinerja;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The one font of the chart: Liberation Sans, which PDFBox ships in its jar, embedded as a subset. The standard
 * 14 fonts only encode WinAnsi, and the decrees hold curly quotes, dashes, non-breaking spaces and more; this
 * font covers Latin, Greek and Cyrillic, and {@link #printable} replaces whatever it still lacks, so no text of
 * the graph can fail the rendering. Measuring and wrapping are done with it too.
 */
final class ChartFont {

	private static final String RESOURCE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

	private static final byte[] BYTES = read();

	private final PDFont font;

	private final CmapLookup glyphs;

	private ChartFont(PDFont font, CmapLookup glyphs) {
		this.font = font;
		this.glyphs = glyphs;
	}

	/** A font for one document (a subset is built per document, so the parsed font is not shared). */
	static ChartFont load(PDDocument document) {
		try {
			TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(BYTES));
			return new ChartFont(PDType0Font.load(document, ttf, true), ttf.getUnicodeCmapLookup());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	PDFont pdFont() {
		return this.font;
	}

	/**
	 * The text as it can be printed: NFC, every kind of space and line break a plain space, control characters
	 * dropped, and a character the font lacks replaced by its decomposition without accents, or by "?".
	 */
	String printable(String text) {
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

	private boolean hasGlyph(int codePoint) {
		return this.glyphs.getGlyphId(codePoint) > 0;
	}

	/** Width in points of printable text. */
	float width(String text, float size) {
		try {
			return this.font.getStringWidth(text) / 1000f * size;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Printable text in lines no wider than {@code width}: broken at spaces, a word wider than a line broken
	 * where it must. Never shortened.
	 */
	List<String> wrap(String text, float size, float width) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : printable(text).split(" ")) {
			if (word.isEmpty()) {
				continue;
			}
			String candidate = line.isEmpty() ? word : line + " " + word;
			if (width(candidate, size) <= width) {
				line.setLength(0);
				line.append(candidate);
				continue;
			}
			if (!line.isEmpty()) {
				lines.add(line.toString());
				line.setLength(0);
			}
			String rest = word;
			while (width(rest, size) > width) {
				int cut = rest.offsetByCodePoints(0, 1);
				while (cut < rest.length() && width(rest.substring(0, rest.offsetByCodePoints(cut, 1)), size) <= width) {
					cut = rest.offsetByCodePoints(cut, 1);
				}
				lines.add(rest.substring(0, cut));
				rest = rest.substring(cut);
			}
			line.append(rest);
		}
		if (!line.isEmpty() || lines.isEmpty()) {
			lines.add(line.toString());
		}
		return lines;
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
		try (InputStream in = ChartFont.class.getResourceAsStream(RESOURCE)) {
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
