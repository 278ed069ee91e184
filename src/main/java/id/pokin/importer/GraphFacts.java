package id.pokin.importer;

import java.util.List;
import java.util.Map;
import java.util.Set;

import id.pokin.importer.Reference.Link;
import id.pokin.node.Level;
import id.pokin.node.NodeKind;

/**
 * What the graph already holds that an import refers to: the nodes named in the file (as rows or in links),
 * the documents named, and every CONTRIBUTES_TO / PART_OF link above the nodes the file links to (to find the
 * cycles a file's links would close).
 */
record GraphFacts(Map<String, Existing> nodes, Set<String> documents, List<Edge> edges) {

	static GraphFacts empty() {
		return new GraphFacts(Map.of(), Set.of(), List.of());
	}

	/** @param ref the node's element id, valid in the import's transaction, by which the writer links it */
	record Existing(NodeKind kind, Level level, String ref) {

		Existing(NodeKind kind, Level level) {
			this(kind, level, null);
		}

	}

	/** A CONTRIBUTES_TO or PART_OF link, from the lower node to the upper one. */
	record Edge(Link link, String source, String target) {
	}

}
