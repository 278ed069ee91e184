package id.pokin.trace;

import java.util.List;

import id.pokin.cascade.CascadeNode;

/** One chain from a start node up to a node with no parent; {@code nodes} runs start first, top last. */
record TracePath(List<CascadeNode> nodes) {

	CascadeNode top() {
		return this.nodes.get(this.nodes.size() - 1);
	}

}
