package id.pokin.web;

import org.springframework.stereotype.Component;

/**
 * The one page-size rule for every paged GraphQL field: {@code first} defaults to
 * {@code pokin.graphql.default-page-size} and may not exceed {@code pokin.graphql.max-page-size}. A request
 * over the limit, or below 1, is refused (BAD_REQUEST, {@code PAGE_SIZE_OUT_OF_RANGE}) with a message that names the field and the limit, rather than
 * silently cut, so a client never mistakes a short page for the end of the data.
 */
@Component
public class PageSizes {

	private final int defaultSize;

	private final int maxSize;

	PageSizes(GraphQlExecution.Properties limits) {
		this.defaultSize = limits.defaultPageSize();
		this.maxSize = limits.maxPageSize();
	}

	/**
	 * @param field the paged field, for the error message (e.g. {@code indicators})
	 * @param first the requested page size, null when not given
	 * @return the page size to use
	 */
	public int resolve(String field, Integer first) {
		if (first == null) {
			return Math.min(this.defaultSize, this.maxSize);
		}
		if (first < 1 || first > this.maxSize) {
			throw new ArgumentRefused("PAGE_SIZE_OUT_OF_RANGE", "first",
					"%s: 'first' must be between 1 and %d (pokin.graphql.max-page-size), was %d".formatted(field,
							this.maxSize, first),
					"%s: 'first' harus antara 1 dan %d (pokin.graphql.max-page-size), diberikan %d".formatted(field,
							this.maxSize, first))
				.with("limit", this.maxSize);
		}
		return first;
	}

	public int max() {
		return this.maxSize;
	}

}
