package id.pokin.graph;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.dao.InvalidDataAccessResourceUsageException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A full-text read before its index exists finds nothing while the schema is being set up, and fails after. */
class IndexPendingTests {

	private static final RuntimeException MISSING = new InvalidDataAccessResourceUsageException("Failed",
			new IllegalStateException("Failed to invoke procedure `db.index.fulltext.queryNodes`: Caused by: "
					+ "java.lang.IllegalArgumentException: There is no such fulltext schema index: node_search"));

	private final DataReadiness readiness = new DataReadiness();

	@Test
	void beforeTheSchemaAMissingIndexFindsNothing() {
		this.readiness.databaseStarted();
		assertThat(IndexPending.<List<String>>orNothingFound(this.readiness, () -> {
			throw MISSING;
		}, List::of)).isEmpty();
	}

	@Test
	void otherFailuresAndAMissingIndexOnceTheSchemaIsInPlaceStillFail() {
		this.readiness.databaseStarted();
		assertThatThrownBy(() -> IndexPending.<List<String>>orNothingFound(this.readiness, () -> {
			throw new IllegalStateException("the database went away");
		}, List::of)).hasMessageContaining("went away");
		this.readiness.schemaReady();
		assertThatThrownBy(() -> IndexPending.<List<String>>orNothingFound(this.readiness, () -> {
			throw MISSING;
		}, List::of)).isSameAs(MISSING);
		assertThat(IndexPending.<List<String>>orNothingFound(this.readiness, () -> List.of("found"), List::of)).containsExactly("found");
	}

}
