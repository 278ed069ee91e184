package id.pokin.browse;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.pokin.node.CascadeNode;
import id.pokin.web.PageSizes;

import org.springframework.data.domain.Window;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The browse fields: checks the arguments, then resolves the filter and reads the page in one read-only transaction
 * (two queries: the filter's ids and scopes, then the page).
 */
@Service
@Transactional(readOnly = true, timeoutString = "${pokin.graphql.timeout-seconds:30}")
class BrowseService {

	static final int MIN_YEAR = 1900;

	static final int MAX_YEAR = 2200;

	private final BrowseQueries queries;

	private final PageSizes pageSizes;

	BrowseService(BrowseQueries queries, PageSizes pageSizes) {
		this.queries = queries;
		this.pageSizes = pageSizes;
	}

	Window<CascadeNode> list(Listing listing, NodeFilter given, ScrollSubrange subrange) {
		int size = this.pageSizes.resolve(listing.field(), Pages.first(subrange));
		String after = Pages.after(listing.field(), subrange);
		NodeFilter filter = check(listing, given);
		FilterScope scope = this.queries.resolve(listing.field(), filter);
		return Pages.window(this.queries.page(listing, filter, scope, after, size + 1), size, CascadeNode::id);
	}

	List<NodeCount> counts(NodeFilter given) {
		NodeFilter filter = check(Listing.ALL, given);
		return this.queries.counts(filter, this.queries.resolve(Listing.ALL.field(), filter));
	}

	Map<ResponsibilityPage, Window<Responsibility>> responsibilities(Collection<ResponsibilityPage> pages) {
		Map<ResponsibilityPage, Window<Responsibility>> result = new LinkedHashMap<>();
		this.queries.responsibilities(pages).forEach((page, nodes) -> result.put(page,
				Pages.window(nodes.stream().map(node -> new Responsibility(page.unitId(), node)).toList(), page.size(),
						r -> r.node().id())));
		return result;
	}

	/** Checks what needs no query: the kind belongs to the list, the year is a year. */
	private static NodeFilter check(Listing listing, NodeFilter given) {
		NodeFilter filter = NodeFilter.of(given);
		if (filter.kind() != null && !listing.kinds().contains(filter.kind())) {
			throw new IllegalArgumentException("%s: 'filter.kind' must be one of %s, was %s".formatted(listing.field(),
					listing.kinds(), filter.kind()));
		}
		if (filter.year() != null && (filter.year() < MIN_YEAR || filter.year() > MAX_YEAR)) {
			throw new IllegalArgumentException("%s: 'filter.year' must be between %d and %d, was %d"
				.formatted(listing.field(), MIN_YEAR, MAX_YEAR, filter.year()));
		}
		return filter;
	}

}
