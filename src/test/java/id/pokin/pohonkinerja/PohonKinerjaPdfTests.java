package id.pokin.pohonkinerja;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import id.pokin.dataset.DemoDataset;
import id.pokin.support.GraphQlIntegrationTest;
import id.pokin.support.QueryCounter;
import id.pokin.support.TestNeo4j;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.neo4j.driver.Session;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The printable pohon kinerja of every perangkat daerah of the demo dataset (and a region), read back with PDFBox:
 * every indicator of the scope in the text, A3 landscape pages, no text under 6 pt, siblings in code order, page
 * references that lead where they say. The PDFs are left in {@code target/pohon-kinerja/} to look at.
 */
class PohonKinerjaPdfTests extends GraphQlIntegrationTest {

	private static final List<String> SCOPES = List.of("blg-setda-u-setda", "blg-paringin-u-kecamatan",
			"blg-setwan-u-setwan", "kaltim-setda-u-setda", "lutim-setda-u-setda", "pemda-balangan");

	/** The demo dataset is loaded once for this class: no test here writes. */
	private static boolean loaded;

	@Autowired
	ApplicationContext context;

	@BeforeEach
	void demoDataset() {
		if (!loaded) {
			DemoDataset.load(this.context);
			loaded = true;
		}
	}

	@Test
	void everyIndicatorOfEveryPerangkatDaerahIsPrintedOnA3LandscapeNeverUnderSixPoints() throws IOException {
		for (String scope : SCOPES) {
			byte[] pdf = pdf("/api/pohon-kinerja.pdf?scope=" + scope);
			keep(scope, pdf);
			try (PDDocument document = Loader.loadPDF(pdf)) {
				for (PDPage page : document.getPages()) {
					assertThat(page.getMediaBox().getWidth()).as(scope).isCloseTo(1190.55f, within(1f));
					assertThat(page.getMediaBox().getHeight()).as(scope).isCloseTo(841.89f, within(1f));
					assertThat(page.getRotation()).isZero();
				}
				String text = PdfPages.squeeze(new PDFTextStripper().getText(document));
				List<String> indicators = strings("""
						MATCH (u:Node {id: $scope})<-[:PART_OF*0..]-(:Unit)-[:RESPONSIBLE_FOR]->(e:Element)
						MATCH (e)<-[:CONTRIBUTES_TO*]-(i:Indikator)
						RETURN DISTINCT i.name AS name
						""", Map.of("scope", scope));
				assertThat(indicators).as(scope).isNotEmpty();
				assertThat(indicators).as(scope).allSatisfy(name -> assertThat(text).contains(PdfPages.squeeze(name)));
				PdfPages.SmallestText smallest = new PdfPages.SmallestText();
				smallest.getText(document);
				assertThat(smallest.smallest).as(scope).isGreaterThanOrEqualTo(6f);
				assertThat(smallest.outside).as(scope).isZero();
				assertThat(smallest.count).as(scope).isGreaterThan(0);
			}
		}
	}

	@Test
	void balanganSetdaHasAllItsSixtyFiveIndicatorsAndIsSplitWithAnOverviewAndConsistentPageReferences()
			throws IOException {
		assertThat(count("""
				MATCH (i:Indikator {sourceDocument: 'blg-setda-iku-2023'}) RETURN count(i)""")).isEqualTo(65);
		QueryCounter.reset();
		byte[] pdf = pdf("/api/pohon-kinerja.pdf?scope=blg-setda-u-setda");
		assertThat(QueryCounter.count()).as("one query for the whole chart").isEqualTo(1);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			List<String> pages = PdfPages.texts(document);
			assertThat(pages.size()).isGreaterThan(2);
			assertThat(pages.get(0)).contains("Ikhtisar").contains("Halaman 1 dari " + pages.size());
			String all = PdfPages.squeeze(String.join("\n", pages));
			for (String name : strings("""
					MATCH (i:Indikator {sourceDocument: 'blg-setda-iku-2023'}) RETURN i.name AS name""", Map.of())) {
				assertThat(all).contains(PdfPages.squeeze(name));
			}
			PdfPages.assertReferencesConsistent(pages);
			for (int i = 0; i < pages.size(); i++) {
				assertThat(pages.get(i)).contains("Halaman " + (i + 1) + " dari " + pages.size())
					.contains("Keterangan").contains("Tujuan").contains("Sasaran").contains("Kondisi")
					.contains("Indikator");
			}
		}
	}

	@Test
	void siblingsComeInCodeOrder() throws IOException {
		String paringin = text(pdf("/api/pohon-kinerja.pdf?scope=blg-paringin-u-kecamatan"));
		assertInOrder(paringin, "Meningkatnya Fasilitasi Pelayanan Masyarakat",
				"Meningkatnya Fasilitasi Pemberdayaan Masyarakat",
				"Meningkatnya Ketentraman dan Ketertiban Umum di Wilayah Kecamatan",
				"SASARAN · Perangkat Daerah · 4", "SASARAN · Perangkat Daerah · 5");
		String luwuTimur = text(pdf("/api/pohon-kinerja.pdf?scope=lutim-setda-u-setda"));
		assertInOrder(luwuTimur, "KONDISI · Subbagian · 1.5.1", "KONDISI · Subbagian · 1.5.2",
				"KONDISI · Subbagian · 1.5.3");
		assertInOrder(luwuTimur, "CSF 1.1 ", "CSF 1.2 ", "CSF 1.9 ");
	}

	@Test
	void inEnglishWithoutIndicatorsOnRequest() throws IOException {
		byte[] pdf = pdf("/api/pohon-kinerja.pdf?scope=kaltim-setda-u-setda&lang=en&indicators=false");
		String text = text(pdf);
		assertThat(text).contains("Performance Tree").contains("Page 1 of").contains("Legend").contains("Objective");
		String indicator = strings("""
				MATCH (i:Indikator {sourceDocument: 'kaltim-setda-iku-2024'}) RETURN i.name AS name LIMIT 1""",
				Map.of()).get(0);
		assertThat(PdfPages.squeeze(text)).doesNotContain(PdfPages.squeeze(indicator));
	}

	@Test
	void textOutsideWinAnsiIsPrinted() throws IOException {
		count("""
				MATCH (e:Node {id: 'kaltim-setda-e-1'})
				SET e.name = '“Kutipan” — en–dash\u00a0nbsp ĳ ẞ ǅ \u200b Ω Ж ☃ 😀 中文 ẞtraße'
				RETURN count(e)""");
		try {
			String text = text(pdf("/api/pohon-kinerja.pdf?scope=kaltim-setda-u-setda"));
			assertThat(text).contains("“Kutipan” — en–dash nbsp").contains("Ω Ж");
		}
		finally {
			loaded = false;
		}
	}

	@Test
	void anUnknownScopeIsNotFoundAndANonUnitABadRequestInBothLanguages() {
		http().get().uri("/api/pohon-kinerja.pdf?scope=u-tidak-ada").exchange().expectStatus().isNotFound()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.detail").isEqualTo("Tidak ada node dengan id 'u-tidak-ada'")
			.jsonPath("$.code").isEqualTo("NOT_FOUND")
			.jsonPath("$.localized.en").isEqualTo("No node with id 'u-tidak-ada'");
		http().get().uri("/api/pohon-kinerja.pdf?scope=blg-setda-e-setda&lang=en").exchange().expectStatus()
			.isBadRequest()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.code").isEqualTo("NOT_A_UNIT")
			.jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("is not a unit"))
			.jsonPath("$.localized.id").value(detail -> assertThat((String) detail).contains("bukan unit"));
		http().get().uri("/api/pohon-kinerja.pdf").exchange().expectStatus().isBadRequest()
			.expectBody().jsonPath("$.code").isEqualTo("SCOPE_REQUIRED");
	}

	private static List<String> strings(String cypher, Map<String, Object> parameters) {
		try (Session session = TestNeo4j.driver().session()) {
			return session.run(cypher, parameters).list(r -> r.get(0).asString());
		}
	}

	private static long count(String cypher) {
		try (Session session = TestNeo4j.driver().session()) {
			return session.run(cypher).single().get(0).asLong();
		}
	}

	/** Whitespace aside: names wrap. */
	private static void assertInOrder(String text, String... parts) {
		int at = -1;
		String squeezed = PdfPages.squeeze(text);
		for (String part : parts) {
			int next = squeezed.indexOf(PdfPages.squeeze(part), at + 1);
			assertThat(next).as("'%s' after position %d", part, at).isGreaterThan(at);
			at = next;
		}
	}

	private byte[] pdf(String uri) {
		return http().get().uri(uri).exchange().expectStatus().isOk()
			.expectHeader().contentType(MediaType.APPLICATION_PDF)
			.expectBody(byte[].class).returnResult().getResponseBody();
	}

	private static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

	private static void keep(String scope, byte[] pdf) {
		try {
			Path dir = Files.createDirectories(Path.of("target", "pohon-kinerja"));
			Files.write(dir.resolve(scope + ".pdf"), pdf);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static org.assertj.core.data.Offset<Float> within(float offset) {
		return org.assertj.core.data.Offset.offset(offset);
	}

}
