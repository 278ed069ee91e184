package id.pokin.capaian;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import id.pokin.graph.GraphChange;
import id.pokin.graph.GraphVersion;

/**
 * The subgraphs capaian read lately, each with the graph version it holds for, so the pages that ask for the same
 * scope again (the Capaian page, the cascade's and the diagram's colours, another period of the same year) compute
 * from memory. While nothing changed a kept subgraph is handed out as it is; after commits it is patched when the
 * graph can tell what they changed ({@link GraphVersion#changes}): the nodes changed in it are read again, and when
 * a link into one of them changed, what the subgraph newly reaches is read and what it no longer reaches dropped.
 * Anything it cannot patch for (a label changed, a unit's links for a scope, a commit not known) means a full read.
 * Kept only where this process knows the version (the embedded default). Bounded by the nodes held together,
 * least recently used out first.
 * <p>
 * Why a patch is never stale: a subgraph kept at version v was read (or patched) after v was current, so each of
 * its nodes is as of v or later; a patch to version w reads again every node of it that a commit in (v, w] changed,
 * so each is then as of w or later, and the ones no commit touched are as they were at w.
 */
final class KeptSubgraphs {

	/**
	 * A patch that would read again more than this share of a subgraph's nodes (and more than a few) reads all of it
	 * instead.
	 */
	private static final int PATCH_SHARE = 4;

	private static final int FEW = 64;

	/** How to read one subgraph, all of it or in part, each part with the same projection. */
	interface Reading {

		/** The whole subgraph, in the query's order. */
		Map<String, GraphNode> all();

		/** These nodes (those still there) by id. */
		Map<String, GraphNode> nodes(Collection<String> ids);

		/** These nodes and everything contributing to them, recursively. */
		Map<String, GraphNode> below(Collection<String> ids);

		/** The nodes the subgraph hangs from (everything else is in it because it contributes to them). */
		Collection<String> starts();

		/** Whether a read of it is one a patch can start from (its starts all there, so their arrival is no change). */
		boolean complete(Map<String, GraphNode> nodes);

		/** Whether it hangs on units' links ({@code PART_OF}, {@code RESPONSIBLE_FOR}): a scope's. */
		default boolean dependsOnUnits() {
			return false;
		}

		/** Whether it is every element and indicator: any new node may belong in it. */
		default boolean everything() {
			return false;
		}

	}

	/** What a patch or a read did, for tests. */
	enum How {
		KEPT, PATCHED, READ
	}

	private record Key(String query, Object parameter) {
	}

	private record Entry(long version, Map<String, GraphNode> nodes) {
	}

	private final GraphVersion version;

	private final Cache<Key, Entry> kept;

	private volatile How last = How.READ;

	KeptSubgraphs(GraphVersion version, long maxNodes) {
		// no room: nothing kept at all (Caffeine would keep an entry until its next clean-up)
		this.version = maxNodes > 0 ? version : GraphVersion.unknown();
		this.kept = Caffeine.newBuilder()
			.maximumWeight(Math.max(1, maxNodes))
			.weigher((Key key, Entry entry) -> Math.max(1, entry.nodes().size()))
			.expireAfterAccess(Duration.ofMinutes(10))
			.build();
	}

	/** The subgraph the query reads for the parameter: kept if current, patched if it can be, else read now. */
	Map<String, GraphNode> get(String query, Object parameter, Reading reading) {
		OptionalLong now = this.version.current();
		if (now.isEmpty()) {
			this.last = How.READ;
			return reading.all();
		}
		long current = now.getAsLong();
		Key key = new Key(query, parameter);
		Entry known = this.kept.getIfPresent(key);
		if (known != null && known.version() == current) {
			this.last = How.KEPT;
			return known.nodes();
		}
		if (known != null && known.version() < current) {
			Optional<GraphChange> change = this.version.changes(known.version(), current);
			Map<String, GraphNode> patched = change.isPresent() ? patch(known.nodes(), change.get(), reading) : null;
			if (patched != null) {
				this.kept.put(key, new Entry(current, patched));
				this.last = How.PATCHED;
				return patched;
			}
		}
		Map<String, GraphNode> nodes = Collections.unmodifiableMap(reading.all()); // in the query's order
		// kept at the version seen before the read: a commit during it is read again by the next patch
		if (reading.complete(nodes)) {
			this.kept.put(key, new Entry(current, nodes));
		}
		this.last = How.READ;
		return nodes;
	}

	/** The subgraph after the change, or null when it must be read in full. */
	private static Map<String, GraphNode> patch(Map<String, GraphNode> old, GraphChange change, Reading reading) {
		if (change.labelsChanged() || (reading.everything() && change.nodesAdded())
				|| (reading.dependsOnUnits() && change.otherLinks())) {
			return null;
		}
		Set<String> relinked = new HashSet<>();
		change.linkedInto().stream().filter(old::containsKey).forEach(relinked::add);
		Set<String> dirty = new LinkedHashSet<>(relinked);
		change.changed().stream().filter(old::containsKey).forEach(dirty::add);
		if (dirty.isEmpty()) {
			return old;
		}
		if (dirty.size() > FEW && dirty.size() > old.size() / PATCH_SHARE) {
			return null;
		}
		Map<String, GraphNode> fresh = reading.nodes(dirty);
		Map<String, GraphNode> patched = new LinkedHashMap<>(old);
		boolean structural = !relinked.isEmpty();
		for (String id : dirty) {
			GraphNode node = fresh.get(id);
			if (node == null) {
				patched.remove(id);
				structural = true;
			}
			else {
				// a node deleted and made again under its id has new links that no link change names
				structural |= !ids(node).equals(ids(old.get(id)));
				patched.put(id, node);
			}
		}
		if (structural && !reading.everything()) {
			reach(patched, fresh.values(), reading);
		}
		return Collections.unmodifiableMap(patched);
	}

	/** Reads what the subgraph newly reaches, then drops what it no longer reaches from its starts. */
	private static void reach(Map<String, GraphNode> patched, Collection<GraphNode> fresh, Reading reading) {
		Collection<String> starts = reading.starts();
		Set<String> missing = new LinkedHashSet<>();
		starts.stream().filter(id -> !patched.containsKey(id)).forEach(missing::add);
		for (GraphNode node : fresh) {
			node.contributors().stream().map(GraphNode.Contributor::id).filter(id -> !patched.containsKey(id))
				.forEach(missing::add);
		}
		if (!missing.isEmpty()) {
			patched.putAll(reading.below(missing));
		}
		Set<String> reached = new HashSet<>();
		ArrayDeque<String> queue = new ArrayDeque<>();
		for (String id : starts) {
			if (patched.containsKey(id) && reached.add(id)) {
				queue.add(id);
			}
		}
		while (!queue.isEmpty()) {
			for (GraphNode.Contributor contributor : patched.get(queue.poll()).contributors()) {
				if (patched.containsKey(contributor.id()) && reached.add(contributor.id())) {
					queue.add(contributor.id());
				}
			}
		}
		patched.keySet().retainAll(reached);
	}

	private static Set<String> ids(GraphNode node) {
		Set<String> ids = new HashSet<>();
		node.contributors().forEach(contributor -> ids.add(contributor.id()));
		return ids;
	}

	/** How the last {@link #get} answered. */
	How last() {
		return this.last;
	}

	long size() {
		this.kept.cleanUp();
		return this.kept.estimatedSize();
	}

}
