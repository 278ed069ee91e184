package id.pokin.suggest;

import java.util.Map;

import graphql.ErrorClassification;
import id.pokin.web.ClassifiedException;

import org.springframework.graphql.execution.ErrorType;

/** A suggestion asked for a node that does not exist (NOT_FOUND) or cannot have parents (a unit: BAD_REQUEST). */
class SuggestionRefused extends ClassifiedException {

	private final ErrorType type;

	private final String code;

	private final String id;

	private SuggestionRefused(ErrorType type, String code, String id, String message, String messageInBahasa) {
		super(message, messageInBahasa);
		this.type = type;
		this.code = code;
		this.id = id;
	}

	static SuggestionRefused notFound(String id) {
		return new SuggestionRefused(ErrorType.NOT_FOUND, "NODE_NOT_FOUND", id,
				"parentSuggestions: no node '%s'".formatted(id), "parentSuggestions: tidak ada simpul '%s'".formatted(id));
	}

	static SuggestionRefused unit(String id) {
		return new SuggestionRefused(ErrorType.BAD_REQUEST, "WRONG_KIND", id,
				"parentSuggestions: '%s' is a unit; only elements and indicators contribute to a parent".formatted(id),
				"parentSuggestions: '%s' adalah unit; hanya elemen dan indikator yang mendukung induk".formatted(id));
	}

	@Override
	public ErrorClassification classification() {
		return this.type;
	}

	@Override
	public Map<String, Object> extensions() {
		return Map.of("code", this.code, "argument", "id", "id", this.id);
	}

}
