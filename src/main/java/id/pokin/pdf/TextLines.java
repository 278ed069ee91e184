package id.pokin.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.font.PDFont;

/** Measuring and wrapping text that a font can print (any PDFBox font: the embedded one, or a standard 14 one). */
public final class TextLines {

	private TextLines() {
	}

	/** Width in points of {@code text} set in {@code font} at {@code size}. */
	public static float width(PDFont font, String text, float size) {
		try {
			return font.getStringWidth(text) / 1000f * size;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Printable text in lines no wider than {@code width}: a line break ({@code \n}) starts a new line, the rest is
	 * broken at spaces, and a word wider than a line where it must. Never shortened.
	 */
	public static List<String> wrap(PDFont font, String text, float size, float width) {
		List<String> lines = new ArrayList<>();
		for (String paragraph : text.split("\n", -1)) {
			StringBuilder line = new StringBuilder();
			for (String word : paragraph.split(" +")) {
				if (word.isEmpty()) {
					continue;
				}
				String candidate = line.isEmpty() ? word : line + " " + word;
				if (width(font, candidate, size) <= width) {
					line.setLength(0);
					line.append(candidate);
					continue;
				}
				if (!line.isEmpty()) {
					lines.add(line.toString());
					line.setLength(0);
				}
				String rest = word;
				while (width(font, rest, size) > width && rest.codePointCount(0, rest.length()) > 1) {
					int cut = rest.offsetByCodePoints(0, 1);
					while (cut < rest.length()
							&& width(font, rest.substring(0, rest.offsetByCodePoints(cut, 1)), size) <= width) {
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
		}
		return lines;
	}

}
