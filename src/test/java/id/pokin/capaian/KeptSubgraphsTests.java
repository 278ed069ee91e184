package id.pokin.capaian;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import id.pokin.graph.GraphVersion;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KeptSubgraphsTests {

	private final AtomicLong version = new AtomicLong(1);

	private final AtomicInteger reads = new AtomicInteger();

	private Map<String, GraphNode> read() {
		this.reads.incrementAndGet();
		return Map.of("a", new GraphNode("a", Map.of("id", "a", "kind", "TUJUAN"), List.of()));
	}

	@Test
	void aSubgraphIsReadOnceWhileTheGraphStandsStillAndAgainAfterAnyCommit() {
		KeptSubgraphs kept = new KeptSubgraphs(() -> OptionalLong.of(this.version.get()), 1000);
		kept.get("Q", "scope", this::read);
		kept.get("Q", "scope", this::read);
		assertThat(this.reads).hasValue(1);
		kept.get("Q", "other scope", this::read);
		kept.get("OTHER QUERY", "scope", this::read);
		assertThat(this.reads).hasValue(3);
		this.version.incrementAndGet();
		kept.get("Q", "scope", this::read);
		assertThat(this.reads).hasValue(4);
	}

	@Test
	void aReadDuringWhichTheGraphChangedIsNotKept() {
		KeptSubgraphs kept = new KeptSubgraphs(() -> OptionalLong.of(this.version.get()), 1000);
		kept.get("Q", "scope", () -> {
			this.version.incrementAndGet();
			return read();
		});
		kept.get("Q", "scope", this::read);
		assertThat(this.reads).hasValue(2);
	}

	@Test
	void nothingIsKeptWhenTheVersionIsUnknownOrNoRoomIsGiven() {
		KeptSubgraphs unknown = new KeptSubgraphs(GraphVersion.unknown(), 1000);
		unknown.get("Q", "scope", this::read);
		unknown.get("Q", "scope", this::read);
		assertThat(this.reads).hasValue(2);
		KeptSubgraphs none = new KeptSubgraphs(() -> OptionalLong.of(1), 0);
		none.get("Q", "scope", this::read);
		none.get("Q", "scope", this::read);
		assertThat(this.reads).hasValue(4);
		assertThat(none.size()).isZero();
	}

}
