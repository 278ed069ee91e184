package id.pokin.graph;

import java.util.HashSet;
import java.util.Set;

/**
 * What a run of commits changed, as far as a kept subgraph of the cascade needs to know: which {@code Node}s (by
 * their {@code id}) had properties changed or were deleted, which had a {@code CONTRIBUTES_TO} link into them
 * added, removed or re-weighted, and whether anything changed that such a subgraph cannot be patched for
 * (labels of existing nodes, new {@code :Node}s, links of other types). See {@link GraphVersion#changes}.
 *
 * @param changed ids of nodes whose properties changed or that were deleted (not of nodes created)
 * @param linkedInto ids of nodes a {@code CONTRIBUTES_TO} link into was created, deleted or changed
 * @param nodesAdded a {@code :Node} was created
 * @param labelsChanged an existing node gained or lost a label
 * @param otherLinks a link of another type ({@code PART_OF}, {@code RESPONSIBLE_FOR}, ...) was created, deleted or
 *     changed
 * @param nodesMoved an existing node was deleted, or its {@code id} or {@code sourceDocument} changed: what the nodes
 *     of a document, or the ids of a set of nodes, are may have changed (a readiness scope read before holds only
 *     when none was, see {@code id.pokin.readiness.ReadinessScope})
 */
public record GraphChange(Set<String> changed, Set<String> linkedInto, boolean nodesAdded, boolean labelsChanged,
		boolean otherLinks, boolean nodesMoved) {

	/** A change that moved no node (properties other than the id and document, links, labels, new nodes). */
	public GraphChange(Set<String> changed, Set<String> linkedInto, boolean nodesAdded, boolean labelsChanged,
			boolean otherLinks) {
		this(changed, linkedInto, nodesAdded, labelsChanged, otherLinks, false);
	}

	public static GraphChange none() {
		return new GraphChange(Set.of(), Set.of(), false, false, false, false);
	}

	/**
	 * Whether these commits left every node where it was: none added, deleted, relabelled or given another id or
	 * document, no link added, removed or changed; only properties of existing nodes changed (their ids in
	 * {@link #changed}).
	 */
	public boolean propertiesOnly() {
		return !this.nodesAdded && !this.labelsChanged && !this.otherLinks && !this.nodesMoved
				&& this.linkedInto.isEmpty();
	}

	/** This change followed by the other: the union of both. */
	public GraphChange then(GraphChange other) {
		Set<String> changed = union(this.changed, other.changed);
		Set<String> linkedInto = union(this.linkedInto, other.linkedInto);
		return new GraphChange(changed, linkedInto, this.nodesAdded || other.nodesAdded,
				this.labelsChanged || other.labelsChanged, this.otherLinks || other.otherLinks,
				this.nodesMoved || other.nodesMoved);
	}

	/** How many ids it names, the bound of what a log of changes keeps. */
	int size() {
		return this.changed.size() + this.linkedInto.size();
	}

	private static Set<String> union(Set<String> a, Set<String> b) {
		if (b.isEmpty()) {
			return a;
		}
		if (a.isEmpty()) {
			return b;
		}
		Set<String> all = new HashSet<>(a);
		all.addAll(b);
		return all;
	}

}
