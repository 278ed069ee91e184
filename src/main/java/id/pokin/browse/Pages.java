package id.pokin.browse;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import id.pokin.web.ArgumentRefused;

import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.query.ScrollSubrange;

/**
 * Cursors of the browse connections: a keyset position holding the id of the last node of a page (every list is in
 * id order), encoded by Spring for GraphQL's cursor strategy (opaque base64 text to a client).
 */
final class Pages {

	private static final String KEY = "id";

	private Pages() {
	}

	/** The id a page starts after, empty for the first page; a cursor that is not one of ours is refused. */
	static String after(String field, ScrollSubrange subrange) {
		ScrollPosition position = subrange.position().orElse(null);
		if (position == null || position.isInitial()) {
			return "";
		}
		if (position instanceof KeysetScrollPosition keyset && keyset.scrollsForward() && keyset.getKeys().size() == 1
				&& keyset.getKeys().get(KEY) instanceof String id && !id.isEmpty()) {
			return id;
		}
		throw new ArgumentRefused("INVALID_CURSOR", "after", field + ": 'after' is not a cursor of this field",
				field + ": 'after' bukan kursor field ini");
	}

	/** The requested {@code first}, null when not given. */
	static Integer first(ScrollSubrange subrange) {
		return subrange.count().isPresent() ? subrange.count().getAsInt() : null;
	}

	/**
	 * A page from rows read with one more than the page size: the extra row only says another page follows.
	 */
	static <T> Window<T> window(List<T> rows, int size, Function<T, String> id) {
		List<T> content = rows.size() > size ? rows.subList(0, size) : rows;
		return Window.from(content, index -> ScrollPosition.forward(Map.of(KEY, id.apply(content.get(index)))),
				rows.size() > size);
	}

}
