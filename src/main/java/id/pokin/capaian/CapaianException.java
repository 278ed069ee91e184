package id.pokin.capaian;

import java.util.LinkedHashMap;
import java.util.Map;

import graphql.ErrorClassification;
import id.pokin.web.ClassifiedException;

import org.springframework.graphql.execution.ErrorType;

/** A realisasi, weight or capaian request refused, in English and Bahasa Indonesia, with a code and the field. */
class CapaianException extends ClassifiedException {

	private final String code;

	private final ErrorClassification classification;

	private final String field;

	CapaianException(String code, ErrorClassification classification, String field, String message, String bahasa) {
		super(message, bahasa);
		this.code = code;
		this.classification = classification;
		this.field = field;
	}

	/** {@code INVALID_REALISASI}: a year outside the plan period, a text too long or with control characters. */
	static CapaianException invalidRealisasi(String field, String message, String bahasa) {
		return new CapaianException("INVALID_REALISASI", ErrorType.BAD_REQUEST, field, message, bahasa);
	}

	static CapaianException invalidValue(String field, String message, String bahasa) {
		return new CapaianException("INVALID_VALUE", ErrorType.BAD_REQUEST, field, message, bahasa);
	}

	static CapaianException notFound(String field, String id) {
		return new CapaianException("NODE_NOT_FOUND", ErrorType.NOT_FOUND, field, field + ": no node '" + id + "'",
				field + ": tidak ada simpul '" + id + "'");
	}

	@Override
	public ErrorClassification classification() {
		return this.classification;
	}

	@Override
	public Map<String, Object> extensions() {
		Map<String, Object> extensions = new LinkedHashMap<>();
		extensions.put("code", this.code);
		if (this.field != null) {
			extensions.put("field", this.field);
		}
		return extensions;
	}

}
