package id.pokin.importer;

import java.nio.file.Files;
import java.nio.file.Path;

import id.pokin.support.GraphQlIntegrationTest;
import id.pokin.support.TestNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.core.io.FileSystemResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec;

import static org.assertj.core.api.Assertions.assertThat;

class ImportControllerTests extends GraphQlIntegrationTest {

	@TempDir
	Path dir;

	@BeforeEach
	void emptyGraph() {
		TestNeo4j.load();
	}

	@Test
	void aWorkbookIsImportedAndSummarised() {
		Path xlsx = TestFiles.workbookOf(TestFiles.copy("importer/basic", this.dir), this.dir.resolve("kota-contoh.xlsx"));
		upload(xlsx).expectStatus().isOk().expectBody()
			.jsonPath("$.documents").isEqualTo(1)
			.jsonPath("$.units").isEqualTo(4)
			.jsonPath("$.elements").isEqualTo(4)
			.jsonPath("$.indicators").isEqualTo(4)
			.jsonPath("$.created").isEqualTo(12)
			.jsonPath("$.updated").isEqualTo(0)
			.jsonPath("$.unchanged").isEqualTo(0);
		assertThat(GraphDump.count("MATCH (n:Node) RETURN count(n)")).isEqualTo(12);
		upload(xlsx).expectStatus().isOk().expectBody().jsonPath("$.unchanged").isEqualTo(12);
	}

	@Test
	void everyNodeAnImportCreatesOrChangesIsInTheAuditTrail() throws Exception {
		Path folder = TestFiles.copy("importer/basic", this.dir);
		upload(TestFiles.zipOf(folder, this.dir.resolve("v1.zip"))).expectStatus().isOk();
		Path units = folder.resolve("units.csv");
		Files.writeString(units, Files.readString(units).replace("Sekretariat Daerah Kota Contoh", "Setda Kota Contoh"));
		upload(TestFiles.zipOf(folder, this.dir.resolve("v2.zip"))).expectStatus().isOk();
		graphQl().document("{ history(id: \"u-setda\") { edges { node { action user version fields { field before after } } } } }")
			.execute()
			.path("history.edges[*].node.action").entityList(String.class).containsExactly("IMPORT", "IMPORT")
			.path("history.edges[*].node.user").entityList(String.class).containsExactly("admin", "admin")
			.path("history.edges[0].node.version").entity(Integer.class).isEqualTo(1)
			.path("history.edges[0].node.fields[*].field").entityList(String.class).containsExactly("name")
			.path("history.edges[0].node.fields[0].before").entity(String.class).isEqualTo("\"Sekretariat Daerah Kota Contoh\"")
			.path("history.edges[1].node.fields[*].field").entityList(String.class).contains("name", "parent", "level");
		// unchanged nodes are not touched, so the second import recorded nothing for them
		graphQl().document("{ history(id: \"u-pemda\") { edges { node { action } } } }").execute()
			.path("history.edges[*].node.action").entityList(String.class).containsExactly("IMPORT");
	}

	@Test
	void aZipOfCsvFilesIsImported() {
		Path zip = TestFiles.zipOf(TestFiles.copy("importer/basic", this.dir), this.dir.resolve("kota-contoh.zip"));
		upload(zip).expectStatus().isOk().expectBody().jsonPath("$.created").isEqualTo(12);
	}

	@Test
	void aFileWithErrorsIsRefusedWith422AndEveryErrorInBothLanguages() {
		Path folder = TestFiles.copy("importer/basic", this.dir);
		TestFiles.append(folder.resolve("units.csv"), "u-baru,Unit Baru,KECAMATAN,u-tidak-ada,doc-contoh,x");
		Path xlsx = TestFiles.workbookOf(folder, this.dir.resolve("salah.xlsx"));
		upload(xlsx).expectStatus().isEqualTo(422).expectBody()
			.jsonPath("$.errors.length()").isEqualTo(2)
			.jsonPath("$.errors[0].sheet").isEqualTo("units")
			.jsonPath("$.errors[0].row").isEqualTo(6)
			.jsonPath("$.errors[0].column").isEqualTo("level")
			.jsonPath("$.errors[0].code").isEqualTo("INVALID_VALUE")
			.jsonPath("$.errors[0].message.id").value(m -> assertThat((String) m).startsWith("'KECAMATAN' bukan isian yang sah"))
			.jsonPath("$.errors[0].message.en").value(m -> assertThat((String) m).startsWith("'KECAMATAN' is not a valid value"))
			.jsonPath("$.errors[1].column").isEqualTo("parent")
			.jsonPath("$.errors[1].code").isEqualTo("UNKNOWN_REFERENCE");
		assertThat(GraphDump.count("MATCH (n) WHERE NOT n:PokinMigration RETURN count(n)")).isZero();
	}

	@Test
	void aFileWithSixtyThousandBadRowsGetsTheFirstErrorsAndACountInASmallBodyWithoutTheGraphChecks() {
		Path folder = TestFiles.copy("importer/basic", this.dir);
		StringBuilder rows = new StringBuilder();
		for (int i = 0; i < 60_000; i++) {
			rows.append(i == 0 ? "" : "\n").append("u-").append(i).append(",Unit,KECAMATAN,u-setda,doc-contoh,x");
		}
		TestFiles.append(folder.resolve("units.csv"), rows.toString());
		byte[] body = upload(TestFiles.zipOf(folder, this.dir.resolve("banyak.zip"))).expectStatus().isEqualTo(422)
			.expectBody()
			.jsonPath("$.errors.length()").isEqualTo(200)
			.jsonPath("$.errors[0].code").isEqualTo("CHECKS_SKIPPED")
			.jsonPath("$.errors[1].row").isEqualTo(6)
			.jsonPath("$.errors[1].code").isEqualTo("INVALID_VALUE")
			.jsonPath("$.moreErrors").isEqualTo(59_801)
			.returnResult().getResponseBody();
		assertThat(body).hasSizeLessThan(200_000);
	}

	@Test
	void anIdOfThousandsOfCharactersIsAnImportErrorNotAServerError() {
		for (int length : new int[] { 4000, 8200 }) {
			Path folder = TestFiles.copy("importer/basic", this.dir.resolve("id" + length));
			TestFiles.append(folder.resolve("units.csv"), "u" + "x".repeat(length - 1) + ",Unit Baru,BAGIAN,u-setda,doc-contoh,x");
			upload(TestFiles.workbookOf(folder, this.dir.resolve("id" + length + ".xlsx"))).expectStatus().isEqualTo(422)
				.expectBody()
				.jsonPath("$.errors.length()").isEqualTo(1)
				.jsonPath("$.errors[0].code").isEqualTo("ID_TOO_LONG")
				.jsonPath("$.errors[0].column").isEqualTo("id")
				.jsonPath("$.errors[0].message.en").value(m -> assertThat((String) m).contains("(" + length + " characters)").hasSizeLessThan(400))
				.jsonPath("$.errors[0].message.id").value(m -> assertThat((String) m).contains("paling banyak 100 karakter"));
		}
		assertThat(GraphDump.count("MATCH (n) WHERE NOT n:PokinMigration RETURN count(n)")).isZero();
	}

	@Test
	void anotherKindOfFileIsRefusedWith422() throws Exception {
		Path text = Files.writeString(this.dir.resolve("catatan.txt"), "bukan berkas impor");
		upload(text).expectStatus().isEqualTo(422).expectBody()
			.jsonPath("$.errors[0].code").isEqualTo("UNSUPPORTED_FILE")
			.jsonPath("$.errors[0].sheet").doesNotExist()
			.jsonPath("$.errors[0].message.en").value(m -> assertThat((String) m).contains("catatan.txt"));
	}

	@Test
	void aRequestWithoutAFileIsABadRequest() {
		http().post().uri("/api/import").headers(h -> h.setBasicAuth("admin", "admin-pw")).contentType(MediaType.MULTIPART_FORM_DATA)
			.bodyValue(new MultipartBodyBuilder().build())
			.exchange()
			.expectStatus().isBadRequest();
	}

	private ResponseSpec upload(Path file) {
		MultipartBodyBuilder body = new MultipartBodyBuilder();
		body.part("file", new FileSystemResource(file));
		return http().post().uri("/api/import").headers(h -> h.setBasicAuth("admin", "admin-pw")).contentType(MediaType.MULTIPART_FORM_DATA).bodyValue(body.build()).exchange();
	}

}
