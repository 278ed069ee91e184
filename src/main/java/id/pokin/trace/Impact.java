package id.pokin.trace;

import java.util.List;

import id.pokin.node.CascadeNode;

/** Everything under a root, flat, each node with its parents inside the impact and its depth. */
record Impact(CascadeNode root, List<ImpactNode> nodes, boolean truncated) {

	record ImpactNode(CascadeNode node, List<String> parentIds, int depth) {
	}

}
