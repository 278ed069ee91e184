package id.pokin.graph;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.Transaction;
import org.neo4j.graphdb.event.LabelEntry;
import org.neo4j.graphdb.event.PropertyEntry;
import org.neo4j.graphdb.event.TransactionData;
import org.neo4j.graphdb.event.TransactionEventListener;

/**
 * Sums up each commit as a {@link GraphChange} (read before the commit, while its nodes can still be read) and
 * hands it, with the commit's transaction id, to {@link LastTransaction}'s log. A commit it cannot sum up is not
 * logged: a gap in the log, so nothing is carried over it.
 */
final class ChangeListener implements TransactionEventListener<GraphChange> {

	private static final Label NODE = Label.label("Node");

	private static final RelationshipType CONTRIBUTES_TO = RelationshipType.withName("CONTRIBUTES_TO");

	private final LastTransaction log;

	ChangeListener(LastTransaction log) {
		this.log = log;
	}

	@Override
	public GraphChange beforeCommit(TransactionData data, Transaction transaction, GraphDatabaseService database) {
		try {
			return sumUp(data);
		}
		catch (RuntimeException ex) {
			return null; // not logged: a gap
		}
	}

	@Override
	public void afterCommit(TransactionData data, GraphChange change, GraphDatabaseService database) {
		if (change != null) {
			this.log.committed(data.getTransactionId(), change);
		}
	}

	@Override
	public void afterRollback(TransactionData data, GraphChange change, GraphDatabaseService database) {
	}

	/**
	 * Nodes are told apart as Neo4j's own node objects (equal by their id within the transaction), not by element
	 * id: an element id is a new text each time it is asked for, and an import asks once per property it sets.
	 */
	private static GraphChange sumUp(TransactionData data) {
		Set<Node> created = new HashSet<>();
		boolean nodesAdded = false;
		for (Node node : data.createdNodes()) {
			created.add(node);
			nodesAdded |= node.hasLabel(NODE);
		}
		// a deleted node's id can only be read among its removed properties
		Map<Node, String> deletedIds = new HashMap<>();
		Map<Node, Object> ids = new HashMap<>(); // each changed node's id, read once
		Set<String> changed = new HashSet<>();
		boolean nodesMoved = false;
		for (Node node : data.deletedNodes()) {
			nodesMoved |= !created.contains(node);
		}
		for (PropertyEntry<Node> entry : data.removedNodeProperties()) {
			if (data.isDeleted(entry.entity())) {
				if ("id".equals(entry.key()) && entry.previouslyCommittedValue() instanceof String id) {
					deletedIds.put(entry.entity(), id);
					changed.add(id);
				}
			}
			else {
				changedNode(entry, created, ids, changed);
				nodesMoved |= moves(entry, created);
			}
		}
		for (PropertyEntry<Node> entry : data.assignedNodeProperties()) {
			changedNode(entry, created, ids, changed);
			nodesMoved |= moves(entry, created);
		}
		boolean labelsChanged = labelsChanged(data, created);
		Set<String> linkedInto = new HashSet<>();
		boolean otherLinks = false;
		Set<Relationship> links = new HashSet<>();
		data.createdRelationships().forEach(links::add);
		data.deletedRelationships().forEach(links::add);
		data.assignedRelationshipProperties().forEach(entry -> links.add(entry.entity()));
		data.removedRelationshipProperties().forEach(entry -> links.add(entry.entity()));
		for (Relationship link : links) {
			if (!link.isType(CONTRIBUTES_TO)) {
				otherLinks = true;
				continue;
			}
			Node end = link.getEndNode();
			if (created.contains(end)) {
				continue; // a new node is in no kept subgraph; what links into it is read with it
			}
			String id = data.isDeleted(end) ? deletedIds.get(end) : (String) end.getProperty("id", null);
			if (id == null) {
				throw new IllegalStateException("a link into a node without an id");
			}
			linkedInto.add(id);
		}
		return new GraphChange(changed, linkedInto, nodesAdded, labelsChanged, otherLinks, nodesMoved);
	}

	/** An existing node's id or document changed (an edit sets every property, most to the value they had). */
	private static boolean moves(PropertyEntry<Node> entry, Set<Node> created) {
		if (created.contains(entry.entity()) || !("id".equals(entry.key()) || "sourceDocument".equals(entry.key()))) {
			return false;
		}
		try {
			return !Objects.equals(entry.previouslyCommittedValue(), entry.value());
		}
		catch (RuntimeException ex) {
			return true; // a removed property has no value: moved
		}
	}

	private static void changedNode(PropertyEntry<Node> entry, Set<Node> created, Map<Node, Object> ids,
			Set<String> changed) {
		Node node = entry.entity();
		if (created.contains(node)) {
			return;
		}
		if ("id".equals(entry.key())) {
			if (entry.previouslyCommittedValue() instanceof String before) {
				changed.add(before);
			}
			if (entry.value() instanceof String after) {
				changed.add(after);
			}
			return;
		}
		Object id = ids.computeIfAbsent(node, n -> n.getProperty("id", ""));
		if (id instanceof String known && !known.isEmpty()) {
			changed.add(known);
		}
	}

	/**
	 * Whether an existing node ends the commit with other labels than it began with: a label taken off and put on
	 * again in the same commit (an edit that sets a node's kind labels anew) is no change.
	 */
	private static boolean labelsChanged(TransactionData data, Set<Node> created) {
		Set<Map.Entry<Node, String>> removed = new HashSet<>();
		for (LabelEntry entry : data.removedLabels()) {
			Node node = entry.node();
			if (created.contains(node) || data.isDeleted(node)) {
				continue;
			}
			if (!node.hasLabel(entry.label())) {
				return true;
			}
			removed.add(Map.entry(node, entry.label().name()));
		}
		for (LabelEntry entry : data.assignedLabels()) {
			Node node = entry.node();
			if (!created.contains(node) && !data.isDeleted(node)
					&& !removed.contains(Map.entry(node, entry.label().name()))) {
				return true;
			}
		}
		return false;
	}

}
