package id.pokin.capaian;

import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import id.pokin.graph.GraphVersion;

/**
 * The subgraphs capaian read lately, each under the graph version it was read at, so the pages that ask for the same
 * scope again (the Capaian page, the cascade's and the diagram's colours, another period of the same year) compute
 * from memory while nothing changed. Kept only where this process knows the version (the embedded default); a read
 * during which the graph changed is not kept. Bounded by the nodes held together, least recently used out first.
 */
final class KeptSubgraphs {

	private record Key(String query, Object parameter, long version) {
	}

	private final GraphVersion version;

	private final Cache<Key, Map<String, GraphNode>> kept;

	KeptSubgraphs(GraphVersion version, long maxNodes) {
		// no room: nothing kept at all (Caffeine would keep an entry until its next clean-up)
		this.version = maxNodes > 0 ? version : GraphVersion.unknown();
		this.kept = Caffeine.newBuilder()
			.maximumWeight(Math.max(1, maxNodes))
			.weigher((Key key, Map<String, GraphNode> nodes) -> Math.max(1, nodes.size()))
			.expireAfterAccess(Duration.ofMinutes(10))
			.build();
	}

	/** The subgraph the query reads for the parameter: kept if read at the current version, else read now. */
	Map<String, GraphNode> get(String query, Object parameter, Supplier<Map<String, GraphNode>> read) {
		OptionalLong before = this.version.current();
		if (before.isEmpty()) {
			return read.get();
		}
		Key key = new Key(query, parameter, before.getAsLong());
		Map<String, GraphNode> known = this.kept.getIfPresent(key);
		if (known != null) {
			return known;
		}
		Map<String, GraphNode> nodes = Collections.unmodifiableMap(read.get()); // in the query's order
		if (this.version.current().equals(before)) {
			this.kept.put(key, nodes);
		}
		return nodes;
	}

	long size() {
		this.kept.cleanUp();
		return this.kept.estimatedSize();
	}

}
