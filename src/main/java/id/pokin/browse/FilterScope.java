package id.pokin.browse;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.pokin.node.SearchText;

/**
 * What a filter's ids and year stand for in the graph, found by {@link BrowseCypher#RESOLVE} before a page is read:
 * the scopes of the region and Perangkat Daerah (documents plus ids, as the readiness check passes a scope), the ids
 * of the unit's {@code PART_OF} subtree (the unit first) and the documents whose plan period excludes the year. Empty
 * lists where the filter has no such part.
 */
record FilterScope(Scope region, Scope perangkatDaerah, List<String> unitIds, List<String> outOfYear) {

	static final FilterScope NONE = new FilterScope(Scope.EMPTY, Scope.EMPTY, List.of(), List.of());

	/** Every node of these documents, and these ids (nodes in scope without a document). */
	record Scope(List<String> documents, List<String> ids) {

		static final Scope EMPTY = new Scope(List.of(), List.of());

	}

	/** The parameters of a page or count query for this filter: every one its fragments may name. */
	Map<String, Object> parameters(Listing listing, NodeFilter filter) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("kind", listing.kind(filter) == null ? null : listing.kind(filter).name());
		parameters.put("level", filter.level() == null ? null : filter.level().name());
		parameters.put("unitIds", this.unitIds);
		parameters.put("subUnitIds", this.unitIds.isEmpty() ? List.of() : this.unitIds.subList(1, this.unitIds.size()));
		parameters.put("text", filter.text() == null ? null : SearchText.of(filter.text()).luceneQuery());
		parameters.put("crosscutting", filter.crosscutting());
		parameters.put("outOfYear", this.outOfYear);
		parameters.put("regionDocuments", this.region.documents());
		parameters.put("regionIds", this.region.ids());
		parameters.put("perangkatDaerahDocuments", this.perangkatDaerah.documents());
		parameters.put("perangkatDaerahIds", this.perangkatDaerah.ids());
		// the scope a page starts from: the narrower of the two, without the documents the year excludes
		Scope driver = filter.perangkatDaerah() != null ? this.perangkatDaerah : this.region;
		Set<String> outOfYear = new HashSet<>(this.outOfYear);
		parameters.put("scopeDocuments", driver.documents().stream().filter(d -> !outOfYear.contains(d)).toList());
		parameters.put("scopeIds", driver.ids());
		return parameters;
	}

}
