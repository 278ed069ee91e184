package id.pokin.capaian;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import id.pokin.graph.GraphChange;
import id.pokin.graph.GraphVersion;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KeptSubgraphsTests {

	private final AtomicLong version = new AtomicLong(1);

	private final AtomicInteger reads = new AtomicInteger();

	private final AtomicInteger partReads = new AtomicInteger();

	/** A graph in memory: a <- b <- c, and d on its own; what the fake reading reads. */
	private final Map<String, List<String>> links = new LinkedHashMap<>(Map.of("a", List.of("b"), "b", List.of("c"),
			"c", List.of(), "d", List.of()));

	/** The changes the fake version tells, by the version they lead to; none told is a gap. */
	private final Map<Long, GraphChange> log = new LinkedHashMap<>();

	private final GraphVersion known = new GraphVersion() {

		@Override
		public OptionalLong current() {
			return OptionalLong.of(KeptSubgraphsTests.this.version.get());
		}

		@Override
		public Optional<GraphChange> changes(long from, long to) {
			GraphChange all = GraphChange.none();
			for (long v = from + 1; v <= to; v++) {
				GraphChange change = KeptSubgraphsTests.this.log.get(v);
				if (change == null) {
					return Optional.empty();
				}
				all = all.then(change);
			}
			return Optional.of(all);
		}

	};

	private GraphNode node(String id) {
		return new GraphNode(id, Map.of("id", id, "kind", "TUJUAN"),
				this.links.get(id).stream().map(c -> new GraphNode.Contributor(c, 1)).toList());
	}

	private Map<String, GraphNode> nodes(Collection<String> ids, boolean below) {
		Map<String, GraphNode> nodes = new LinkedHashMap<>();
		List<String> queue = new java.util.ArrayList<>(ids);
		while (!queue.isEmpty()) {
			String id = queue.remove(0);
			if (this.links.containsKey(id) && nodes.put(id, node(id)) == null && below) {
				queue.addAll(this.links.get(id));
			}
		}
		return nodes;
	}

	/** Reads below a, as the roll-up of a does. */
	private final KeptSubgraphs.Reading belowA = new KeptSubgraphs.Reading() {

		@Override
		public Map<String, GraphNode> all() {
			KeptSubgraphsTests.this.reads.incrementAndGet();
			return KeptSubgraphsTests.this.nodes(List.of("a"), true);
		}

		@Override
		public Map<String, GraphNode> nodes(Collection<String> ids) {
			KeptSubgraphsTests.this.partReads.incrementAndGet();
			return KeptSubgraphsTests.this.nodes(ids, false);
		}

		@Override
		public Map<String, GraphNode> below(Collection<String> ids) {
			KeptSubgraphsTests.this.partReads.incrementAndGet();
			return KeptSubgraphsTests.this.nodes(ids, true);
		}

		@Override
		public Collection<String> starts() {
			return List.of("a");
		}

		@Override
		public boolean complete(Map<String, GraphNode> nodes) {
			return nodes.containsKey("a");
		}

	};

	private void commit(GraphChange change) {
		this.log.put(this.version.incrementAndGet(), change);
	}

	@Test
	void aSubgraphIsReadOnceWhileTheGraphStandsStillAndAgainAfterACommitNotKnown() {
		KeptSubgraphs kept = new KeptSubgraphs(() -> OptionalLong.of(this.version.get()), 1000);
		kept.get("Q", "scope", this.belowA);
		kept.get("Q", "scope", this.belowA);
		assertThat(this.reads).hasValue(1);
		kept.get("Q", "other scope", this.belowA);
		kept.get("OTHER QUERY", "scope", this.belowA);
		assertThat(this.reads).hasValue(3);
		this.version.incrementAndGet();
		kept.get("Q", "scope", this.belowA);
		assertThat(this.reads).hasValue(4);
	}

	@Test
	void nothingIsKeptWhenTheVersionIsUnknownOrNoRoomIsGiven() {
		KeptSubgraphs unknown = new KeptSubgraphs(GraphVersion.unknown(), 1000);
		unknown.get("Q", "scope", this.belowA);
		unknown.get("Q", "scope", this.belowA);
		assertThat(this.reads).hasValue(2);
		KeptSubgraphs none = new KeptSubgraphs(() -> OptionalLong.of(1), 0);
		none.get("Q", "scope", this.belowA);
		none.get("Q", "scope", this.belowA);
		assertThat(this.reads).hasValue(4);
		assertThat(none.size()).isZero();
	}

	@Test
	void aCommitElsewhereKeepsTheSubgraphAsItIs() {
		KeptSubgraphs kept = new KeptSubgraphs(this.known, 1000);
		Map<String, GraphNode> first = kept.get("Q", "a", this.belowA);
		commit(new GraphChange(Set.of("d", "tick"), Set.of("d"), true, false, true));
		assertThat(kept.get("Q", "a", this.belowA)).isSameAs(first);
		assertThat(kept.last()).isEqualTo(KeptSubgraphs.How.PATCHED);
		assertThat(this.reads).hasValue(1);
		assertThat(this.partReads).hasValue(0);
	}

	@Test
	void linksAddedAndRemovedArePatchedInAndOut() {
		KeptSubgraphs kept = new KeptSubgraphs(this.known, 1000);
		assertThat(kept.get("Q", "a", this.belowA)).containsOnlyKeys("a", "b", "c");
		this.links.put("b", List.of("c", "d"));
		commit(new GraphChange(Set.of(), Set.of("b"), false, false, false));
		assertThat(kept.get("Q", "a", this.belowA)).containsOnlyKeys("a", "b", "c", "d");
		this.links.put("a", List.of());
		commit(new GraphChange(Set.of(), Set.of("a"), false, false, false));
		assertThat(kept.get("Q", "a", this.belowA)).containsOnlyKeys("a");
		assertThat(kept.last()).isEqualTo(KeptSubgraphs.How.PATCHED);
		assertThat(this.reads).hasValue(1);
	}

	@Test
	void aLabelChangedOrAGapInTheLogMeansAFullRead() {
		KeptSubgraphs kept = new KeptSubgraphs(this.known, 1000);
		kept.get("Q", "a", this.belowA);
		commit(new GraphChange(Set.of(), Set.of(), false, true, false));
		kept.get("Q", "a", this.belowA);
		assertThat(this.reads).hasValue(2);
		this.version.incrementAndGet(); // a commit the log does not know
		kept.get("Q", "a", this.belowA);
		assertThat(kept.last()).isEqualTo(KeptSubgraphs.How.READ);
		assertThat(this.reads).hasValue(3);
	}

}
