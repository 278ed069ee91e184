package id.pokin.graph;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A full-text read before its index exists finds nothing, without running, while the schema is being set up; an
 * index the store had at start, or any once the schema is in place, is read.
 */
class IndexPendingTests {

	private final DataReadiness readiness = new DataReadiness();

	@Test
	void beforeTheSchemaAnIndexTheStoreDidNotHaveFindsNothingWithoutAQuery() {
		this.readiness.databaseStarted(Set.of("node_kind_id"));
		assertThat(IndexPending.<List<String>>orNothingFound(this.readiness, "node_search", () -> {
			throw new AssertionError("must not run");
		}, List::of)).isEmpty();
	}

	@Test
	void anIndexTheStoreHadOrAnyOnceTheSchemaIsInPlaceIsRead() {
		this.readiness.databaseStarted(Set.of("node_search"));
		assertThat(IndexPending.<List<String>>orNothingFound(this.readiness, "node_search", () -> List.of("found"),
				List::of)).containsExactly("found");
		DataReadiness migrated = new DataReadiness();
		migrated.databaseStarted(Set.of());
		migrated.schemaReady();
		assertThat(IndexPending.<List<String>>orNothingFound(migrated, "node_search", () -> List.of("found"),
				List::of)).containsExactly("found");
	}

}
