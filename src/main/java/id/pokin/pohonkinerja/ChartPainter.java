package id.pokin.pohonkinerja;

import java.awt.Color;
import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/** Drawing in page coordinates from the top left corner (PDF's origin is the bottom left). */
record ChartPainter(PDPageContentStream out, ChartFont font) {

	private float flip(float y) {
		return ChartDocument.A3_LANDSCAPE.getHeight() - y;
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
