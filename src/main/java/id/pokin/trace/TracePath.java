package id.pokin.trace;

import java.util.List;

import id.pokin.node.CascadeNode;

/**
 * One chain from a start node up to a node with no parent; {@code nodes} runs start first, top last. Public for the
 * fields of other features that answer with traces (the GraphQL {@code Path} type).
 */
public record TracePath(List<CascadeNode> nodes) {

	public CascadeNode top() {
		return this.nodes.get(this.nodes.size() - 1);
	}

}
