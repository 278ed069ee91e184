package id.pokin.web;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import id.pokin.support.GraphQlIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad requests to the REST endpoints get the same RFC 9457 body as every other REST error: status, {@code detail},
 * {@code code} and {@code localized {id, en}}, never a bare 500 or a library's words.
 */
class RestErrorsTests extends GraphQlIntegrationTest {

	@Test
	void aParameterOfTheWrongTypeIsABadRequestNamingIt() {
		for (String uri : new String[] { "/api/readiness/report.csv?year=abc", "/api/readiness/report.xlsx?year=2025x" }) {
			http().get().uri(uri).exchange()
				.expectStatus().isBadRequest()
				.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
				.expectBody()
				.jsonPath("$.status").isEqualTo(400)
				.jsonPath("$.code").isEqualTo("BAD_PARAMETER")
				.jsonPath("$.parameter").isEqualTo("year")
				.jsonPath("$.detail").value(detail -> assertThat((String) detail).startsWith("Parameter 'year' must be a whole number")
					.doesNotContain("For input string"))
				.jsonPath("$.localized.id").value(text -> assertThat((String) text).startsWith("Parameter 'year' harus bilangan bulat"))
				.jsonPath("$.localized.en").exists();
		}
	}

	@Test
	void anUnknownIdLongerThanAnyIdIsQuotedShort() {
		// (a request line over 8 KB is refused by Tomcat itself, before the application)
		http().get().uri("/api/export?scope=" + "x".repeat(3000)).exchange()
			.expectStatus().isNotFound()
			.expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail).startsWith("No node with id 'xxx")
				.hasSizeLessThan(200));
	}

	@Test
	void anUploadWithoutItsFilePartIsABadRequestNamingThePart() {
		MultipartBodyBuilder body = new MultipartBodyBuilder();
		body.part("berkas", new ByteArrayResource("x".getBytes()) {
			@Override
			public String getFilename() {
				return "a.xlsx";
			}
		});
		asAdmin(http().post().uri("/api/import").contentType(MediaType.MULTIPART_FORM_DATA).bodyValue(body.build()))
			.expectStatus().isBadRequest()
			.expectBody()
			.jsonPath("$.code").isEqualTo("MISSING_PARAMETER")
			.jsonPath("$.parameter").isEqualTo("file")
			.jsonPath("$.localized.id").isEqualTo("Parameter 'file' tidak ada");
	}

	@Test
	void aBrokenMultipartRequestIsABadRequestNotAServerError() {
		String cut = "--XYZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.xlsx\"\r\n\r\nPK\u0003\u0004abc";
		Map<String, String> requests = Map.of("multipart/form-data", "no boundary at all",
				"multipart/form-data; boundary=XYZ", cut, "multipart/form-data; boundary=ABC", cut + "\r\n--XYZ--\r\n");
		requests.forEach((type, content) -> asAdmin(http().post().uri("/api/import")
			.contentType(MediaType.parseMediaType(type)).bodyValue(content.getBytes(StandardCharsets.ISO_8859_1)))
			.expectStatus().isBadRequest()
			.expectBody()
			.jsonPath("$.code").value(code -> assertThat(code).as(type).isIn("BAD_UPLOAD", "MISSING_PARAMETER"))
			.jsonPath("$.localized.id").exists()
			.jsonPath("$.localized.en").exists()
			.jsonPath("$.detail").value(detail -> assertThat((String) detail).doesNotContain("Exception", "FileUpload")));
	}

	@Test
	void anUploadOverTheSizeLimitIs413WithTheSameBody() {
		byte[] tooLarge = new byte[50 * 1024 * 1024 + 64 * 1024];
		MultipartBodyBuilder body = new MultipartBodyBuilder();
		body.part("file", new ByteArrayResource(tooLarge) {
			@Override
			public String getFilename() {
				return "besar.xlsx";
			}
		});
		asAdmin(http().post().uri("/api/import").contentType(MediaType.MULTIPART_FORM_DATA).bodyValue(body.build()))
			.expectStatus().isEqualTo(413)
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.status").isEqualTo(413)
			.jsonPath("$.code").isEqualTo("UPLOAD_TOO_LARGE")
			.jsonPath("$.limitBytes").isEqualTo(50 * 1024 * 1024)
			.jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("50 MB"))
			.jsonPath("$.localized.id").value(text -> assertThat((String) text).startsWith("Berkas lebih besar dari 50 MB"));
	}

	@Test
	void anUploadOfAnotherContentTypeIsRefusedWithTheSameBody() {
		asAdmin(http().post().uri("/api/import").contentType(MediaType.APPLICATION_JSON).bodyValue("{}"))
			.expectStatus().isEqualTo(415)
			.expectBody()
			.jsonPath("$.code").isEqualTo("BAD_CONTENT_TYPE")
			.jsonPath("$.localized.id").value(text -> assertThat((String) text).contains("multipart/form-data"));
	}

	private static ResponseSpec asAdmin(org.springframework.test.web.reactive.server.WebTestClient.RequestHeadersSpec<?> request) {
		return request.headers(h -> h.setBasicAuth("admin", "admin-pw")).exchange();
	}

}
