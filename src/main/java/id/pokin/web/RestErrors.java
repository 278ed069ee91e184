package id.pokin.web;

import java.util.Map;

import id.pokin.node.NodeNotFoundException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.util.unit.DataSize;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * The same error vocabulary for the REST endpoints (downloads, uploads), as RFC 9457 problem details: {@code detail}
 * in English, and as properties the {@code code} a client branches on and {@code localized: {id, en}}, the message
 * in Bahasa Indonesia and English, as GraphQL errors carry them. Bad parameters and broken uploads are 400s that name
 * what to change, an upload over the size limit a 413; text from libraries is logged, never sent.
 */
@RestControllerAdvice
class RestErrors {

	private static final Logger log = LoggerFactory.getLogger(RestErrors.class);

	private final DataSize maxUpload;

	RestErrors(@Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize maxUpload) {
		this.maxUpload = maxUpload;
	}

	@ExceptionHandler(NodeNotFoundException.class)
	ProblemDetail notFound(NodeNotFoundException ex) {
		String id = ex.id();
		// an id longer than any can be is quoted short
		String message = id != null && id.length() > Shown.MAX_LENGTH ? ex.getMessage().replace(id, Shown.value(id))
				: ex.getMessage();
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, message);
	}

	@ExceptionHandler({ CannotCreateTransactionException.class, DataAccessResourceFailureException.class,
			ServiceUnavailableException.class, SessionExpiredException.class })
	ProblemDetail unavailable() {
		return ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, DatabaseUnavailable.MESSAGE);
	}

	@ExceptionHandler(ClassifiedException.class)
	ResponseEntity<ProblemDetail> classified(ClassifiedException ex) {
		HttpStatus status = switch (ex.classification().toString()) {
			case "NOT_FOUND" -> HttpStatus.NOT_FOUND;
			case "FORBIDDEN" -> HttpStatus.FORBIDDEN;
			case "UNAUTHORIZED" -> HttpStatus.UNAUTHORIZED;
			case "CONFLICT" -> HttpStatus.CONFLICT;
			case "UNAVAILABLE" -> HttpStatus.SERVICE_UNAVAILABLE;
			default -> HttpStatus.BAD_REQUEST;
		};
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, ex.getMessage());
		ex.extensionsWithLocalized().forEach(problem::setProperty);
		return ResponseEntity.status(status).body(problem);
	}

	/** Our own refusals say what to change; the JDK's and libraries' are not shown (see {@link OwnText}). */
	@ExceptionHandler(IllegalArgumentException.class)
	ResponseEntity<ProblemDetail> badRequest(IllegalArgumentException ex) {
		if (OwnText.isOurs(ex)) {
			return ResponseEntity.badRequest().body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage()));
		}
		log.warn("Request refused: {}", ex.toString());
		return problem(HttpStatus.BAD_REQUEST, "BAD_REQUEST", "The request holds a value that cannot be used",
				"Permintaan memuat nilai yang tidak dapat dipakai");
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException ex) {
		Class<?> type = ex.getRequiredType();
		boolean number = type != null && (Number.class.isAssignableFrom(type) || type == int.class || type == long.class);
		String value = ex.getValue() == null ? "" : Shown.value(ex.getValue().toString());
		String name = Shown.value(ex.getName());
		return problem(HttpStatus.BAD_REQUEST, "BAD_PARAMETER",
				number ? "Parameter '%s' must be a whole number, such as 2025 (was '%s')".formatted(name, value)
						: "Parameter '%s' has a value that cannot be used: '%s'".formatted(name, value),
				number ? "Parameter '%s' harus bilangan bulat, misalnya 2025 (diberikan '%s')".formatted(name, value)
						: "Parameter '%s' berisi nilai yang tidak dapat dipakai: '%s'".formatted(name, value),
				Map.of("parameter", name));
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ResponseEntity<ProblemDetail> missingParameter(MissingServletRequestParameterException ex) {
		return missing(ex.getParameterName());
	}

	/** An upload whose part has another name than the one expected ({@code file}), or none. */
	@ExceptionHandler(MissingServletRequestPartException.class)
	ResponseEntity<ProblemDetail> missingPart(MissingServletRequestPartException ex) {
		return missing(ex.getRequestPartName());
	}

	/** Checked before {@link #brokenUpload}: a more specific {@link MultipartException}. */
	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ResponseEntity<ProblemDetail> uploadTooLarge(MaxUploadSizeExceededException ex) {
		log.info("Upload refused: larger than {}", this.maxUpload);
		String limit = size(this.maxUpload);
		return problem(HttpStatus.CONTENT_TOO_LARGE, "UPLOAD_TOO_LARGE",
				"The file is larger than the %s an upload may have (spring.servlet.multipart.max-file-size): split it,".formatted(limit)
						+ " e.g. one workbook per perangkat daerah, or import it with the command line",
				"Berkas lebih besar dari %s, batas sebuah unggahan (spring.servlet.multipart.max-file-size): bagi berkasnya,".formatted(limit)
						+ " misalnya satu buku kerja per perangkat daerah, atau impor lewat baris perintah",
				Map.of("limitBytes", this.maxUpload.toBytes()));
	}

	/** No boundary, a body cut short, a part that is not one: the request is not a readable multipart upload. */
	@ExceptionHandler(MultipartException.class)
	ResponseEntity<ProblemDetail> brokenUpload(MultipartException ex) {
		log.info("Upload refused: {}", ex.toString());
		return problem(HttpStatus.BAD_REQUEST, "BAD_UPLOAD",
				"The upload is not a complete multipart/form-data request: send the file as the form part 'file'",
				"Unggahan bukan permintaan multipart/form-data yang utuh: kirim berkasnya sebagai bagian formulir 'file'");
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ResponseEntity<ProblemDetail> wrongContentType(HttpMediaTypeNotSupportedException ex) {
		String supported = String.join(", ", ex.getSupportedMediaTypes().stream().map(Object::toString).toList());
		return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "BAD_CONTENT_TYPE",
				"This endpoint takes %s".formatted(supported), "Alamat ini menerima %s".formatted(supported));
	}

	private static ResponseEntity<ProblemDetail> missing(String name) {
		String shown = Shown.value(name);
		return problem(HttpStatus.BAD_REQUEST, "MISSING_PARAMETER", "Parameter '%s' is missing".formatted(shown),
				"Parameter '%s' tidak ada".formatted(shown), Map.of("parameter", shown));
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String code, String en, String id) {
		return problem(status, code, en, id, Map.of());
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String code, String en, String id,
			Map<String, Object> properties) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, en);
		problem.setProperty("code", code);
		properties.forEach(problem::setProperty);
		problem.setProperty("localized", Map.of("id", id, "en", en));
		return ResponseEntity.status(status).body(problem);
	}

	/** {@code 50 MB}. */
	private static String size(DataSize size) {
		long bytes = size.toBytes();
		return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes % 1024 == 0 ? bytes / 1024 + " KB"
				: bytes + " bytes";
	}

}
