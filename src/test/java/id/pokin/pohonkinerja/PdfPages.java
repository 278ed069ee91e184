package id.pokin.pohonkinerja;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading a chart back: text per page, the smallest font size, the page references. */
final class PdfPages {

	private static final Pattern CONTINUED = Pattern.compile("lanjut di halaman (\\d+)");

	private static final Pattern FROM = Pattern.compile("dari halaman (\\d+)");

	private PdfPages() {
	}

	static List<String> texts(PDDocument document) throws IOException {
		List<String> pages = new ArrayList<>();
		PDFTextStripper stripper = new PDFTextStripper();
		for (int i = 1; i <= document.getNumberOfPages(); i++) {
			stripper.setStartPage(i);
			stripper.setEndPage(i);
			pages.add(stripper.getText(document));
		}
		return pages;
	}

	/** Without whitespace: a name wrapped over lines is still found. */
	static String squeeze(String text) {
		return text.replaceAll("\\s+", "").replace("\u00a0", "");
	}

	/**
	 * Every "lanjut di halaman N" leads to a page that exists, and (except from the overview, page 1) to one that
	 * says it comes from here; every "dari halaman N" to a page that continues here; every page after the first
	 * two says where it comes from.
	 */
	static void assertReferencesConsistent(List<String> pages) {
		int marks = 0;
		for (int p = 0; p < pages.size(); p++) {
			Matcher continued = CONTINUED.matcher(pages.get(p));
			while (continued.find()) {
				marks++;
				int target = Integer.parseInt(continued.group(1));
				assertThat(target).as("page %d points to %d", p + 1, target).isBetween(2, pages.size())
					.isNotEqualTo(p + 1);
				if (p > 0) {
					assertThat(pages.get(target - 1)).as("page %d, from %d", target, p + 1)
						.contains("dari halaman " + (p + 1));
				}
			}
			Matcher from = FROM.matcher(pages.get(p));
			while (from.find()) {
				int source = Integer.parseInt(from.group(1));
				assertThat(source).isBetween(1, pages.size());
				assertThat(pages.get(source - 1)).as("page %d, back to %d", p + 1, source)
					.contains("lanjut di halaman " + (p + 1));
			}
			if (p >= 2) {
				assertThat(from.reset().find()).as("page %d says where it comes from", p + 1).isTrue();
			}
		}
		assertThat(marks).isGreaterThan(0);
	}

	/** The smallest font size of any printed character, in points, and how many fall off the page. */
	static final class SmallestText extends PDFTextStripper {

		float smallest = Float.MAX_VALUE;

		int count;

		/** Characters printed (partly) outside the page. */
		int outside;

		@Override
		protected void writeString(String text, List<TextPosition> positions) throws IOException {
			for (TextPosition position : positions) {
				if (!position.getUnicode().isBlank()) {
					this.smallest = Math.min(this.smallest, position.getFontSizeInPt());
					this.count++;
					float x = position.getXDirAdj();
					float y = position.getYDirAdj();
					if (x < 0 || y - position.getHeightDir() < 0 || x + position.getWidthDirAdj() > position.getPageWidth()
							|| y > position.getPageHeight()) {
						this.outside++;
					}
				}
			}
			super.writeString(text, positions);
		}

	}

}
