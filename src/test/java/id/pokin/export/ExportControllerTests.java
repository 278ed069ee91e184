package id.pokin.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.List;

import id.pokin.importer.GraphDump;
import id.pokin.importer.ImportService;
import id.pokin.importer.TestFiles;
import id.pokin.support.GraphQlIntegrationTest;
import id.pokin.support.TestNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

import static org.assertj.core.api.Assertions.assertThat;

/** The downloads over HTTP, without signing in (reads are open). */
class ExportControllerTests extends GraphQlIntegrationTest {

	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	@Autowired
	ImportService importer;

	@TempDir
	Path dir;

	@BeforeEach
	void fixture() {
		TestNeo4j.load();
		assertThat(this.importer.importFile(TestFiles.csvFolder("export/region")).errors()).isEmpty();
	}

	@Test
	void aRegionAsAWorkbookNamedAfterItAndTheDay() {
		EntityExchangeResult<byte[]> result = get("/api/export?scope=u-pemda&format=xlsx", 200);
		assertThat(result.getResponseHeaders().getContentType()).isEqualTo(MediaType.parseMediaType(XLSX));
		assertThat(fileName(result)).matches("pokin-u-pemda-\\d{4}-\\d{2}-\\d{2}\\.xlsx");
		assertThat(result.getResponseHeaders().getContentDisposition().isAttachment()).isTrue();
		assertThat(Exports.workbookCells(result.getResponseBody()).get("units")).hasSize(1 + 6);
	}

	@Test
	void aPerangkatDaerahAsAZipOfCsvFiles() {
		EntityExchangeResult<byte[]> result = get("/api/export?scope=u-b&format=CSV", 200);
		assertThat(result.getResponseHeaders().getContentType()).isEqualTo(MediaType.parseMediaType("application/zip"));
		assertThat(fileName(result)).matches("pokin-u-b-\\d{4}-\\d{2}-\\d{2}\\.zip");
		assertThat(Exports.zipEntries(result.getResponseBody())).containsOnlyKeys("documents.csv", "units.csv",
				"elements.csv", "indicators.csv");
		assertThat(Exports.csvCells(result.getResponseBody()).get("indicators.csv")).hasSize(1 + 3);
	}

	@Test
	void withoutAScopeEverythingAsAWorkbook() {
		EntityExchangeResult<byte[]> result = get("/api/export", 200);
		assertThat(result.getResponseHeaders().getContentType()).isEqualTo(MediaType.parseMediaType(XLSX));
		assertThat(fileName(result)).matches("pokin-\\d{4}-\\d{2}-\\d{2}\\.xlsx");
		assertThat(Exports.workbookCells(result.getResponseBody()).get("documents")).hasSize(1 + 5);
	}

	@Test
	void anUnknownScopeIsNotFoundAndANonUnitOrAnUnknownFormatABadRequest() {
		http().get().uri("/api/export?scope=u-tidak-ada").exchange().expectStatus().isNotFound()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody().jsonPath("$.detail").isEqualTo("No node with id 'u-tidak-ada'");
		http().get().uri("/api/export?scope=e-a").exchange().expectStatus().isBadRequest()
			.expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("'e-a' is not a unit"));
		http().get().uri("/api/export?format=pdf").exchange().expectStatus().isBadRequest()
			.expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("use xlsx or csv"));
	}

	@Test
	void textTooLongForAWorkbookCellIsABadRequestForAWorkbookButExportsAsCsv() {
		GraphDump.count("MATCH (e:Node {id: 'e-a'}) SET e.description = reduce(s = '', i IN range(1, 4000) | s + 'Penjelasan') RETURN count(e)");
		http().get().uri("/api/export?scope=u-a").exchange().expectStatus().isBadRequest()
			.expectHeader().doesNotExist(HttpHeaders.CONTENT_DISPOSITION)
			.expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail)
				.contains("Sheet elements, row 2 (id 'e-a'), column description holds 40000 characters").contains("export as csv"))
			.jsonPath("$.code").isEqualTo("CELL_TOO_LONG")
			.jsonPath("$.column").isEqualTo("description")
			.jsonPath("$.localized.id").value(text -> assertThat((String) text).contains("ekspor sebagai csv"));
		EntityExchangeResult<byte[]> csv = get("/api/export?scope=u-a&format=csv", 200);
		assertThat(Exports.csvCells(csv.getResponseBody()).get("elements.csv").get(1)).contains("Penjelasan".repeat(4000));
	}

	@Test
	void theTemplateIsAWorkbookWithThisYearAndTheNextFourThatImportsAsAnEmptyFile() throws Exception {
		EntityExchangeResult<byte[]> result = get("/api/import/template.xlsx", 200);
		assertThat(result.getResponseHeaders().getContentType()).isEqualTo(MediaType.parseMediaType(XLSX));
		assertThat(fileName(result)).isEqualTo("pokin-template.xlsx");
		List<String> header = Exports.workbookCells(result.getResponseBody()).get("indicators").get(0);
		int year = Year.now().getValue();
		// the year read after the download: around New Year the template may hold the year before
		assertThat(header).containsAnyOf("STRING:target_" + year, "STRING:target_" + (year - 1));
		assertThat(header.stream().filter(cell -> cell.startsWith("STRING:target_"))).hasSize(5);

		Path template = Files.write(this.dir.resolve("pokin-template.xlsx"), result.getResponseBody());
		MultipartBodyBuilder body = new MultipartBodyBuilder();
		body.part("file", new FileSystemResource(template));
		http().post().uri("/api/import").headers(h -> h.setBasicAuth("admin", "admin-pw"))
			.contentType(MediaType.MULTIPART_FORM_DATA).bodyValue(body.build())
			.exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.documents").isEqualTo(0)
			.jsonPath("$.units").isEqualTo(0)
			.jsonPath("$.created").isEqualTo(0)
			.jsonPath("$.unchanged").isEqualTo(0);
		assertThat(GraphDump.count("MATCH (n:Node) RETURN count(n)")).isEqualTo(7 + 8 + 5);
	}

	private EntityExchangeResult<byte[]> get(String uri, int status) {
		return http().get().uri(uri).exchange().expectStatus().isEqualTo(status).expectBody().returnResult();
	}

	private static String fileName(EntityExchangeResult<byte[]> result) {
		ContentDisposition disposition = ContentDisposition.parse(result.getResponseHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION));
		return disposition.getFilename();
	}

}
