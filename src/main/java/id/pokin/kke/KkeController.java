package id.pokin.kke;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.Year;

import id.pokin.matriks.BadFileRequest;
import id.pokin.readiness.LkeFindings;
import id.pokin.web.Downloads;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * {@code GET /api/kke.xlsx?scope=&year=}: the KKE working paper of a region or perangkat daerah for the year under
 * evaluation (this year when none is given), made from its readiness report ({@link KkeXlsx}). A read, open to
 * anyone while reads are; the workbook is made whole before the first byte is sent, so every error is still a
 * problem detail: 404 for an unknown scope, 400 otherwise.
 */
@RestController
class KkeController {

	private final LkeFindings findings;

	KkeController(LkeFindings findings) {
		this.findings = findings;
	}

	@GetMapping("/api/kke.xlsx")
	ResponseEntity<byte[]> xlsx(@RequestParam(required = false) String scope,
			@RequestParam(required = false) Integer year) throws IOException {
		String unit = BadFileRequest.requireScope(scope);
		int evaluated = BadFileRequest.checkYear(year) == null ? Year.now().getValue() : year;
		LkeFindings.Report report = this.findings.report(unit, evaluated);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		KkeXlsx.write(report, LocalDate.now(), out);
		String fileName = "kke-" + Downloads.fileNamePart(unit) + "-" + evaluated + ".xlsx";
		return Downloads.attachment(out.toByteArray(), KkeXlsx.CONTENT_TYPE, fileName);
	}

	@ExceptionHandler(BadFileRequest.class)
	ProblemDetail badRequest(BadFileRequest ex) {
		return ex.problem();
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException ex) {
		return BadFileRequest.typeMismatch(ex.getName(), ex.getValue()).problem();
	}

	/** A scope that is not a unit (the readiness check's words). */
	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail notAUnit(IllegalArgumentException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
	}

}
