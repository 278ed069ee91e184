package id.pokin.pohonkinerja;

import java.time.LocalDate;
import java.time.Year;
import java.util.Map;

import id.pokin.node.NodeKind;
import id.pokin.web.InputLimits;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/pohon-kinerja.pdf?scope=<unit id>}: the printable pohon kinerja of a unit (see
 * {@link ChartDocument}); {@code indicators=false} leaves the indicators out, {@code lang=en} prints English labels
 * (Bahasa Indonesia by default), {@code year} chooses the targets shown (this year by default). A read: open to
 * anyone while anonymous reads are. Errors are problem details with {@code code} and {@code localized {id, en}},
 * the {@code detail} in the language asked for: an unknown scope 404, a scope that is not a unit 400.
 */
@RestController
class PohonKinerjaController {

	/** Most elements and indicators one chart draws (a region of ~10^4 nodes is drawn per perangkat daerah). */
	static final int MAX_NODES = 5000;

	private final ChartQueries queries;

	PohonKinerjaController(ChartQueries queries) {
		this.queries = queries;
	}

	@GetMapping("/api/pohon-kinerja.pdf")
	ResponseEntity<byte[]> pdf(@RequestParam(name = "scope", required = false) String scope,
			@RequestParam(name = "indicators", defaultValue = "true") boolean indicators,
			@RequestParam(name = "lang", required = false) String lang,
			@RequestParam(name = "year", required = false) Integer year) {
		if (scope == null || scope.isBlank()) {
			throw ChartRequestException.noScope();
		}
		int targetYear = year == null ? Year.now().getValue() : year;
		if (targetYear < 1900 || targetYear > 2200) {
			throw ChartRequestException.badYear(targetYear);
		}
		if (!InputLimits.ID.matcher(scope).matches()) {
			throw ChartRequestException.notFound(scope);
		}
		ChartQueries.Scope found = this.queries.scope(scope, MAX_NODES)
			.orElseThrow(() -> ChartRequestException.notFound(scope));
		if (found.kind() != NodeKind.UNIT) {
			throw ChartRequestException.notAUnit(scope, found.kind().label());
		}
		if (found.truncated()) {
			throw ChartRequestException.tooLarge(scope, MAX_NODES);
		}
		LocalDate today = LocalDate.now();
		byte[] pdf = ChartDocument.render(ChartTree.build(found, targetYear), found.region(), Labels.of(lang),
				targetYear, indicators, today);
		String fileName = "pohon-kinerja-" + scope + "-" + today + ".pdf";
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(fileName).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(pdf);
	}

	@ExceptionHandler(ChartRequestException.class)
	ResponseEntity<ProblemDetail> problem(ChartRequestException ex, HttpServletRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(ex.status(),
				Labels.of(request.getParameter("lang")) == Labels.EN ? ex.getMessage() : ex.messageInBahasa());
		problem.setProperty("code", ex.code());
		problem.setProperty("localized", Map.of("id", ex.messageInBahasa(), "en", ex.getMessage()));
		return ResponseEntity.status(ex.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
