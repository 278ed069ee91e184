package id.pokin.matriks;

import java.util.Locale;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** The paper sizes the matriks PDF is offered in, landscape, with the body text size of each. */
enum MatriksPaper {

	A3(PDRectangle.A3, 8), A4(PDRectangle.A4, MatriksPdf.MIN_SIZE);

	private final PDRectangle size;

	private final float bodySize;

	MatriksPaper(PDRectangle portrait, float bodySize) {
		this.size = new PDRectangle(portrait.getHeight(), portrait.getWidth());
		this.bodySize = bodySize;
	}

	PDRectangle size() {
		return this.size;
	}

	/** The body text size on this paper, in points. */
	float bodySize() {
		return this.bodySize;
	}

	static MatriksPaper named(String name) {
		if (name == null || name.isBlank()) {
			return A3;
		}
		try {
			return valueOf(name.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new BadFileRequest("INVALID_PAPER", "'paper' must be A3 or A4, was '" + name + "'",
					"'paper' harus A3 atau A4, bukan '" + name + "'");
		}
	}

}
