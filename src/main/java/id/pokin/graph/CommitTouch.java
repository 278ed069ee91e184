package id.pokin.graph;

import id.pokin.graph.CommitLog.Touch;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.graphdb.Entity;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.event.LabelEntry;
import org.neo4j.graphdb.event.PropertyEntry;
import org.neo4j.graphdb.event.TransactionData;

/**
 * Which documents one commit changed, for {@link CommitLog}: those of the {@code :Node}s it wrote, when its writer
 * recorded them all (raised their {@code CheckedDocument} generations), else everything. What counts as neutral is
 * in {@link CommitLog}'s class comment.
 */
final class CommitTouch {

	private static final Label NODE = Label.label("Node");

	private static final Label CHECKED_DOCUMENT = Label.label("CheckedDocument");

	/** Labels whose nodes no result is computed from (see the class comment). */
	private static final Set<String> NEUTRAL_NODES = Set.of("CheckedDocument", "Change", "PokinLock");

	/** Labels that may come and go on a {@code :Node} without changing what is computed from it. */
	private static final Set<String> NEUTRAL_LABELS = Set.of("AtFault");

	private CommitTouch() {
	}

	/** The documents the commit changed, if every change is covered by those its writer recorded. */
	static Touch of(TransactionData data) {
		// a node's labels and document as the commit leaves them, read once: an import's every property, label and
		// link would otherwise read them again (five entries or more for each of thousands of nodes)
		Map<Node, Seen> seen = new HashMap<>();
		Set<String> recorded = new HashSet<>();
		Set<String> changed = new HashSet<>();
		// what a deleted node was: its labels and document, which it no longer has
		Map<String, Set<String>> deletedLabels = new HashMap<>();
		Map<String, Object> deletedDocuments = new HashMap<>();
		for (LabelEntry entry : data.removedLabels()) {
			Node node = entry.node();
			if (data.isDeleted(node)) {
				deletedLabels.computeIfAbsent(node.getElementId(), id -> new HashSet<>()).add(entry.label().name());
			}
			else if (!NEUTRAL_LABELS.contains(entry.label().name()) && !add(node, changed, seen)) {
				return Touch.EVERYTHING;
			}
		}
		for (PropertyEntry<Node> entry : data.removedNodeProperties()) {
			Node node = entry.entity();
			if (data.isDeleted(node)) {
				if ("sourceDocument".equals(entry.key())) {
					deletedDocuments.put(node.getElementId(), entry.previouslyCommittedValue());
				}
			}
			else if (!property(node, entry, recorded, changed, seen)) {
				return Touch.EVERYTHING;
			}
		}
		for (PropertyEntry<Node> entry : data.assignedNodeProperties()) {
			if (!property(entry.entity(), entry, recorded, changed, seen)) {
				return Touch.EVERYTHING;
			}
		}
		for (LabelEntry entry : data.assignedLabels()) {
			if (!NEUTRAL_LABELS.contains(entry.label().name()) && !add(entry.node(), changed, seen)) {
				return Touch.EVERYTHING;
			}
		}
		for (Node node : data.createdNodes()) {
			if (!add(node, changed, seen)) {
				return Touch.EVERYTHING;
			}
		}
		for (Node node : data.deletedNodes()) {
			if (!addDeleted(node.getElementId(), deletedLabels, deletedDocuments, changed)) {
				return Touch.EVERYTHING;
			}
		}
		for (Iterable<Relationship> links : List.of(data.createdRelationships(), data.deletedRelationships())) {
			for (Relationship link : links) {
				for (Node end : link.getNodes()) {
					boolean known = data.isDeleted(end)
							? addDeleted(end.getElementId(), deletedLabels, deletedDocuments, changed)
							: add(end, changed, seen);
					if (!known) {
						return Touch.EVERYTHING;
					}
				}
			}
		}
		for (Iterable<PropertyEntry<Relationship>> entries : List.of(data.assignedRelationshipProperties(),
				data.removedRelationshipProperties())) {
			for (PropertyEntry<Relationship> entry : entries) {
				for (Node end : entry.entity().getNodes()) {
					if (data.isDeleted(end) || !add(end, changed, seen)) {
						return Touch.EVERYTHING;
					}
				}
			}
		}
		return recorded.containsAll(changed) ? new Touch(Set.copyOf(recorded)) : Touch.EVERYTHING;
	}

	/** A property of a node that is not deleted: a record's generation raised records its document. */
	private static boolean property(Node node, PropertyEntry<Node> entry, Set<String> recorded, Set<String> changed,
			Map<Node, Seen> seen) {
		if (seen(node, seen).checkedDocument()) {
			// a writer's record raises the generation to 1 or more; the check's own record starts at 0
			if ("generation".equals(entry.key()) && !Long.valueOf(0).equals(entry.value())
					&& node.getProperty("document", null) instanceof String document) {
				recorded.add(document);
			}
			return true;
		}
		if ("sourceDocument".equals(entry.key())) {
			// the node leaves its old document: that one changes too
			if (entry.previouslyCommittedValue() instanceof String before) {
				changed.add(before);
			}
			else if (entry.previouslyCommittedValue() != null) {
				return false;
			}
		}
		return add(node, changed, seen);
	}

	/** A node that is not deleted: neutral, or a {@code :Node} of a document (added), or not attributable. */
	private static boolean add(Node node, Set<String> changed, Map<Node, Seen> seen) {
		Seen what = seen(node, seen);
		if (what.neutral()) {
			return true;
		}
		if (what.document() != null) {
			changed.add(what.document());
			return true;
		}
		return false;
	}

	private static Seen seen(Node node, Map<Node, Seen> seen) {
		Seen what = seen.get(node);
		if (what == null) {
			what = new Seen(node.hasLabel(CHECKED_DOCUMENT), neutral(node),
					node.hasLabel(NODE) && node.getProperty("sourceDocument", null) instanceof String document ? document
							: null);
			seen.put(node, what);
		}
		return what;
	}

	/** A node that is not deleted, as the commit leaves it; {@code document} only on a {@code :Node}. */
	private record Seen(boolean checkedDocument, boolean neutral, String document) {
	}

	private static boolean addDeleted(String id, Map<String, Set<String>> labels, Map<String, Object> documents,
			Set<String> changed) {
		Set<String> had = labels.getOrDefault(id, Set.of());
		if (!had.isEmpty() && NEUTRAL_NODES.containsAll(had)) {
			return true;
		}
		if (had.contains("Node") && documents.get(id) instanceof String document) {
			changed.add(document);
			return true;
		}
		return false;
	}

	private static boolean neutral(Entity entity) {
		if (!(entity instanceof Node node)) {
			return false;
		}
		boolean any = false;
		for (Label label : node.getLabels()) {
			if (!NEUTRAL_NODES.contains(label.name())) {
				return false;
			}
			any = true;
		}
		return any;
	}

}
