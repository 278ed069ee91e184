package id.pokin.matriks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import id.pokin.web.Downloads;

import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * {@code GET /api/matriks-cascading.xlsx?scope=&year=} and {@code .pdf?scope=&year=&paper=A3|A4}: the matriks
 * cascading of a perangkat daerah or a region (see {@link MatriksBuilder} for which element goes in which column).
 * Reads, open to anyone while reads are. The file is made whole before the first byte is sent (a few hundred rows
 * per perangkat daerah), so every error is still a problem detail: 404 for an unknown scope, 400 otherwise.
 */
@RestController
class MatriksController {

	private final MatriksService service;

	MatriksController(MatriksService service) {
		this.service = service;
	}

	@GetMapping("/api/matriks-cascading.xlsx")
	ResponseEntity<byte[]> xlsx(@RequestParam(required = false) String scope,
			@RequestParam(required = false) Integer year) throws IOException {
		Matriks matriks = this.service.build(scope, year);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		MatriksXlsx.write(matriks, out);
		return Downloads.attachment(out.toByteArray(), MatriksXlsx.CONTENT_TYPE, fileName(matriks, "xlsx"));
	}

	@GetMapping("/api/matriks-cascading.pdf")
	ResponseEntity<byte[]> pdf(@RequestParam(required = false) String scope,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) String paper)
			throws IOException {
		MatriksPaper size = MatriksPaper.named(paper);
		Matriks matriks = this.service.build(scope, year);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		MatriksPdf.write(matriks, size, out);
		return Downloads.attachment(out.toByteArray(), MatriksPdf.CONTENT_TYPE, fileName(matriks, "pdf"));
	}

	@ExceptionHandler(BadFileRequest.class)
	ProblemDetail badRequest(BadFileRequest ex) {
		return ex.problem();
	}

	/** {@code year=abc} and the like. */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException ex) {
		return BadFileRequest.typeMismatch(ex.getName(), ex.getValue()).problem();
	}

	/** {@code matriks-cascading-blg-setda-u-setda-2026.xlsx} */
	static String fileName(Matriks matriks, String extension) {
		return "matriks-cascading-" + Downloads.fileNamePart(matriks.scopeId()) + "-" + matriks.year() + "."
				+ extension;
	}

}
