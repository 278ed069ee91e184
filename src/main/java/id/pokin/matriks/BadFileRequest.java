package id.pokin.matriks;

import id.pokin.web.RejectedInput;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * A request for an evaluator's file (matriks cascading, KKE) that cannot be answered as asked: a missing scope, a
 * scope that is not a unit, a year out of range, an unknown paper size. Answered 400 as a problem detail with its
 * {@code code} and the text in both languages ({@code localized: {id, en}}): input refused ({@link RejectedInput}).
 */
public class BadFileRequest extends RejectedInput {

	public BadFileRequest(String code, String message, String messageInBahasa) {
		super(code, message, messageInBahasa);
	}

	/** The 400 answer: {@code detail} in English, {@code code} and {@code localized} beside it. */
	public ProblemDetail problem() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, getMessage());
		extensionsWithLocalized().forEach(problem::setProperty);
		return problem;
	}

	/** The year asked for, or null; refused outside 1900-2200 (no plan reaches beyond). */
	public static Integer checkYear(Integer year) {
		if (year != null && (year < 1900 || year > 2200)) {
			throw new BadFileRequest("INVALID_YEAR", "'year' must be between 1900 and 2200, was " + year,
					"'year' harus antara 1900 dan 2200, bukan " + year);
		}
		return year;
	}

	/** A parameter that is not of its type ({@code year=abc}). */
	public static BadFileRequest typeMismatch(String parameter, Object value) {
		return new BadFileRequest("INVALID_PARAMETER", "'" + parameter + "' is not valid: '" + value + "'",
				"'" + parameter + "' tidak sah: '" + value + "'");
	}

	/** The scope id, stripped; a missing or blank one is refused. */
	public static String requireScope(String scope) {
		if (scope == null || scope.isBlank()) {
			throw new BadFileRequest("SCOPE_REQUIRED", "'scope' is required: the id of a region (Pemda) or a perangkat daerah",
					"'scope' wajib diisi: id Pemda atau perangkat daerah");
		}
		return scope.strip();
	}

}
