package id.pokin.pohonkinerja;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import id.pokin.node.Level;
import id.pokin.node.NodeKind;
import id.pokin.pohonkinerja.ChartBox.IndicatorLine;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The layout and page split on made-up trees, without a database: sizes no decree in the demo dataset reaches. */
class ChartDocumentTests {

	@Test
	void aRegionOfThirtyPerangkatDaerahSplitsIntoPagesThatLeadToEachOther() throws IOException {
		ChartBox region = box("pemda", NodeKind.UNIT, Level.PEMDA, null, "Kabupaten Contoh");
		List<String> indicators = new ArrayList<>();
		for (int pd = 1; pd <= 30; pd++) {
			ChartBox unit = box("pd" + pd, NodeKind.UNIT, Level.PERANGKAT_DAERAH, null, "Dinas Nomor " + pd);
			ChartBox sasaran = child(unit, box("s" + pd, NodeKind.SASARAN, Level.PERANGKAT_DAERAH, "" + pd,
					"Meningkatnya kinerja perangkat daerah nomor " + pd));
			for (int b = 1; b <= 6; b++) {
				ChartBox bagian = child(sasaran, box("b" + pd + "." + b, NodeKind.SASARAN, Level.BAGIAN,
						pd + "." + b, "Optimalisasi kebijakan bidang " + b + " dari perangkat daerah " + pd));
				for (int s = 1; s <= 5; s++) {
					ChartBox sub = child(bagian, box("k" + pd + "." + b + "." + s, NodeKind.SASARAN, Level.SUBBAGIAN,
							pd + "." + b + "." + s, "Terlaksananya kegiatan " + s + " subbagian bidang " + b));
					String name = "Jumlah dokumen hasil kegiatan " + pd + "-" + b + "-" + s + " yang diselesaikan";
					sub.indicators.add(new IndicatorLine("i" + name, null, name, "Dokumen", "4"));
					indicators.add(name);
				}
			}
			region.children.add(unit);
		}
		byte[] pdf = ChartDocument.render(region, null, Labels.ID, 2026, true, LocalDate.of(2026, 12, 7));
		Files.write(Files.createDirectories(Path.of("target", "pohon-kinerja")).resolve("synthetic-region.pdf"), pdf);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			for (PDPage page : document.getPages()) {
				assertThat(page.getMediaBox().getWidth()).isGreaterThan(page.getMediaBox().getHeight());
			}
			List<String> pages = PdfPages.texts(document);
			PdfPages.assertReferencesConsistent(pages);
			String all = PdfPages.squeeze(String.join("", pages));
			assertThat(indicators).allSatisfy(name -> assertThat(all).contains(PdfPages.squeeze(name)));
			PdfPages.SmallestText smallest = new PdfPages.SmallestText();
			smallest.getText(document);
			assertThat(smallest.smallest).isGreaterThanOrEqualTo(ChartLayout.MIN_FONT);
			assertThat(smallest.outside).isZero();
			assertThat(pages.get(0)).contains("Ikhtisar");
		}
	}

	@Test
	void aLongColumnOfSubbagianFlowsIntoASecondColumnRatherThanOffThePage() throws IOException {
		ChartBox unit = box("u", NodeKind.UNIT, Level.BAGIAN, null, "Bagian Umum");
		ChartBox bagian = child(unit, box("b", NodeKind.SASARAN, Level.BAGIAN, "1", "Optimalisasi layanan"));
		for (int s = 1; s <= 14; s++) {
			ChartBox sub = child(bagian, box("s" + s, NodeKind.SASARAN, Level.SUBBAGIAN, "1." + s,
					"Terlaksananya kegiatan nomor " + s));
			for (int i = 1; i <= 3; i++) {
				sub.indicators.add(new IndicatorLine("i" + s + i, null, "Indikator " + s + "." + i + " kegiatan",
						"Persen", "100%"));
			}
		}
		byte[] pdf = ChartDocument.render(unit, "Kabupaten Contoh", Labels.EN, 2026, true, LocalDate.of(2026, 12, 7));
		Files.write(Files.createDirectories(Path.of("target", "pohon-kinerja")).resolve("synthetic-column.pdf"), pdf);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isEqualTo(1);
			assertThat(PdfPages.texts(document).get(0)).contains("Indikator 14.3 kegiatan").contains("Page 1 of 1");
		}
	}

	@Test
	void anElementWithMoreIndicatorsThanAPageHoldsGrowsWideInsteadOfRunningOffThePage() throws IOException {
		ChartBox unit = box("u", NodeKind.UNIT, Level.PERANGKAT_DAERAH, null, "Dinas Contoh");
		ChartBox sasaran = child(unit, box("s", NodeKind.SASARAN, Level.PERANGKAT_DAERAH, "1", "Sasaran dengan "
				+ "banyak indikator"));
		for (int i = 1; i <= 90; i++) {
			sasaran.indicators.add(new IndicatorLine("i" + i, null, "Persentase capaian nomor " + i
					+ " dari pengukuran kinerja yang cukup panjang namanya", "Persen", i + "%"));
		}
		byte[] pdf = ChartDocument.render(unit, null, Labels.ID, 2026, true, LocalDate.of(2026, 12, 7));
		Files.write(Files.createDirectories(Path.of("target", "pohon-kinerja")).resolve("synthetic-box.pdf"), pdf);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = PdfPages.squeeze(String.join("", PdfPages.texts(document)));
			for (int i = 1; i <= 90; i++) {
				assertThat(text).contains(PdfPages.squeeze("Persentase capaian nomor " + i + " dari"));
			}
			PdfPages.SmallestText smallest = new PdfPages.SmallestText();
			smallest.getText(document);
			assertThat(smallest.outside).isZero();
			assertThat(smallest.smallest).isGreaterThanOrEqualTo(ChartLayout.MIN_FONT);
		}
	}

	@Test
	void codesCompareAsTheDecreesNumberThem() {
		assertThat(CodeOrder.compare("1.2", "1.10")).isNegative();
		assertThat(CodeOrder.compare("CSF 1.1", "CSF1.1")).isZero();
		assertThat(CodeOrder.compare("1.", "1")).isZero();
		assertThat(CodeOrder.compare("1.5.2", "1.5.10")).isNegative();
		assertThat(CodeOrder.compare("2", null)).isNegative();
		assertThat(CodeOrder.compare("1.5", "1.5.1")).isNegative();
	}

	private static ChartBox box(String id, NodeKind kind, Level level, String code, String name) {
		return new ChartBox(id, kind, level, code, name, List.of());
	}

	private static ChartBox child(ChartBox parent, ChartBox child) {
		parent.children.add(child);
		return child;
	}

}
