package id.pokin.editing;

import id.pokin.node.NodeKind;

/** What a delete answers: the node that was, at the version it was deleted at. */
public record DeletedNode(String id, NodeKind kind, long version) {
}
