package id.pokin.editing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.pokin.audit.ChangeLog;
import id.pokin.node.CascadeNode;
import id.pokin.node.NodeKind;
import id.pokin.node.NodeMapper;
import id.pokin.security.Editor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, updates and deletes nodes, each call one write transaction that also writes its audit record, in steps:
 * the input checked on its own ({@link NewNode}, {@link NodeFields}, {@link Targets}), against the graph
 * ({@link NodeReferences}), who may do it ({@link EditPermissions}), the write ({@link EditQueries}) and the audit
 * record ({@link EditAudit}). Updates and deletes name the version they were made against; a node changed since is
 * refused ({@code STALE_VERSION}), so two planners never silently overwrite each other.
 */
@Service
class NodeEditor {

	private final EditQueries queries;

	private final NodeReferences references;

	private final EditPermissions permissions;

	private final EditAudit audit;

	NodeEditor(EditQueries queries, NodeReferences references, EditPermissions permissions, EditAudit audit) {
		this.queries = queries;
		this.references = references;
		this.permissions = permissions;
		this.audit = audit;
	}

	@Transactional(timeoutString = "${pokin.graphql.timeout-seconds:30}")
	CascadeNode create(Editor editor, NewNodeInput input) {
		this.permissions.checkCanEdit(editor);
		NewNode node = NewNode.of(input);
		Map<String, EditQueries.Found> found = this.references.check(node);
		this.permissions.checkCreate(editor, node);
		String document = this.references.document(node, found);
		Map<String, Object> properties = completed(editor, node, document);
		write(node, properties);
		this.audit.created(editor, node, properties, found);
		return NodeMapper.toNode(properties);
	}

	/** The error of a new node whose id another node has, as it is now (read in a transaction of its own). */
	EditException taken(String id) {
		return this.references.taken(id);
	}

	/** The new node's properties: its fields', with what the editor adds (kind, version, order, document, targets). */
	private Map<String, Object> completed(Editor editor, NewNode node, String document) {
		Map<String, Object> properties = new LinkedHashMap<>(node.properties());
		properties.put("id", node.id());
		properties.put("kind", node.kind().name());
		properties.put("version", 0L);
		// after every node read from a document, in the order of creation
		properties.put("seq", System.currentTimeMillis());
		if (document != null) {
			properties.put("sourceDocument", document);
		}
		properties.putIfAbsent("sourceRef", "Pokin (" + editor.name() + ")");
		if (node.targets() != null) {
			Long[] period = this.queries.period(document);
			Targets.apply(properties, node.targets(), period[0], period[1]);
		}
		return properties;
	}

	private void write(NewNode node, Map<String, Object> properties) {
		String document = (String) properties.get("sourceDocument");
		if (document != null) {
			this.queries.recordDocumentChanges(List.of(document));
		}
		this.queries.create(node.kind(), properties);
		node.contributesTo().forEach(target -> this.queries.link(LinkType.CONTRIBUTES_TO, node.id(), target));
		node.responsibleUnits().forEach(unit -> this.queries.link(LinkType.RESPONSIBLE_FOR, unit, node.id()));
		if (node.parent() != null) {
			this.queries.link(LinkType.PART_OF, node.id(), node.parent());
		}
	}

	@Transactional(timeoutString = "${pokin.graphql.timeout-seconds:30}")
	CascadeNode update(Editor editor, String id, long version, NodeChanges input) {
		NodeFields.checkReference("id", id);
		Map<String, Object> fields = input.fields();
		List<String> recorded = recordDocumentChange(id);
		Map<String, Object> current = lockedForChange(editor, input.category(), id, version);
		Map<String, Object> changed = NodeFields.apply(input.category(), current, fields);
		if (input.category() == NodeKind.UNIT) {
			this.permissions.checkLevel(editor, current, changed);
		}
		if (input.targets().isPresent()) {
			Long[] period = this.queries.period((String) current.get("sourceDocument"));
			Targets.apply(changed, input.targets().value(), period[0], period[1]);
		}
		return save(editor, id, current, changed, recorded);
	}

	@Transactional(timeoutString = "${pokin.graphql.timeout-seconds:30}")
	CascadeNode setTargets(Editor editor, String id, long version, List<TargetInput> targets) {
		NodeFields.checkReference("id", id);
		List<String> recorded = recordDocumentChange(id);
		Map<String, Object> current = lockedForChange(editor, NodeKind.INDIKATOR, id, version);
		Map<String, Object> changed = new HashMap<>(current);
		Long[] period = this.queries.period((String) current.get("sourceDocument"));
		Targets.apply(changed, targets, period[0], period[1]);
		return save(editor, id, current, changed, recorded);
	}

	@Transactional(timeoutString = "${pokin.graphql.timeout-seconds:30}")
	DeletedNode delete(Editor editor, NodeKind category, String id, long version) {
		Map<String, Object> current = lockedForChange(editor, category, id, version);
		if (!editor.isAdmin() && id.equals(editor.perangkatDaerah())) {
			throw new EditException(EditError.NOT_YOURS, "id",
					"id: only an administrator can delete a perangkat daerah unit",
					"id: hanya administrator yang dapat menghapus unit perangkat daerah");
		}
		Map<String, List<String>> neighbours = this.queries.neighbours(id);
		inUse(neighbours, "contributors", "other nodes contribute to it: remove or relink them first");
		inUse(neighbours, "subUnits", "units belong to it: move or delete them first");
		inUse(neighbours, "responsibleFor", "it answers for elements or indicators: hand them to another unit first");
		List<String> others = new ArrayList<>(neighbours.get("contributesTo"));
		others.addAll(neighbours.get("responsibleUnits"));
		others.addAll(neighbours.get("parent"));
		Map<String, EditQueries.Found> found = this.queries.find(others);
		this.queries.delete(id);
		String kind = (String) current.get("kind");
		this.audit.deleted(editor, id, kind, version, current, neighbours, found);
		return new DeletedNode(id, NodeKind.valueOf(kind), version);
	}

	/**
	 * The node's document (and its contributors' documents) is changed by this transaction: recorded before the node
	 * is locked, in the order every writer locks ({@link id.pokin.coordination.DocumentChanges}). A node that moved to
	 * another document after this read is recorded again once it is locked (see {@link #save}).
	 */
	List<String> recordDocumentChange(String id) {
		List<String> documents = new ArrayList<>();
		EditQueries.Found found = this.queries.find(List.of(id)).get(id);
		if (found != null && found.document() != null) {
			documents.add(found.document());
		}
		documents.addAll(this.queries.contributorsDocuments(id));
		this.queries.recordDocumentChanges(documents);
		return documents;
	}

	/** The node's current properties, once it is locked, of the expected kind, the editor's, and at that version. */
	Map<String, Object> lockedForChange(Editor editor, NodeKind category, String id, long version) {
		this.permissions.checkCanEdit(editor);
		NodeFields.checkReference("id", id);
		Map<String, Object> current = this.queries.lockAndRead(id)
			.orElseThrow(() -> new EditException(EditError.NODE_NOT_FOUND, "id", "id: no node '" + id + "'",
					"id: tidak ada node '" + id + "'"));
		NodeKind kind = NodeKind.valueOf((String) current.get("kind"));
		if (NodeFields.category(kind) != NodeFields.category(category)) {
			throw new EditException(EditError.WRONG_KIND, "id", "id: '%s' is a %s, not %s"
				.formatted(id, kind.label(), NodeFields.describe(NodeFields.category(category))));
		}
		this.permissions.checkOwns(editor, "id", List.of(id));
		long currentVersion = current.get("version") instanceof Number n ? n.longValue() : 0L;
		if (currentVersion != version) {
			throw new EditException(EditError.STALE_VERSION, "version", "'%s' is at version %d, not %d: someone changed it since you read it; read it again and reapply your change"
				.formatted(id, currentVersion, version)).with("currentVersion", currentVersion);
		}
		return current;
	}

	private CascadeNode save(Editor editor, String id, Map<String, Object> current, Map<String, Object> changed,
			List<String> recorded) {
		NodeKind kind = NodeKind.valueOf((String) changed.get("kind"));
		ChangeLog.Entry entry = this.audit.update(editor, id, kind.name(),
				((Number) current.get("version")).longValue() + 1, current, changed);
		if (entry.fields().isEmpty()) {
			this.queries.unlock(List.of(id));
			return NodeMapper.toNode(current);
		}
		changed.put("version", entry.version());
		List<String> documents = new ArrayList<>();
		for (Object document : new Object[] { current.get("sourceDocument"), changed.get("sourceDocument") }) {
			if (document instanceof String name && !recorded.contains(name)) {
				documents.add(name); // the node moved to it after it was recorded: rare, and locked in this order
			}
		}
		this.queries.recordDocumentChanges(documents);
		this.queries.replace(kind, id, changed);
		this.audit.updated(entry);
		return NodeMapper.toNode(changed);
	}

	private static void inUse(Map<String, List<String>> neighbours, String key, String why) {
		List<String> ids = neighbours.get(key);
		if (!ids.isEmpty()) {
			List<String> shown = ids.subList(0, Math.min(10, ids.size()));
			throw new EditException(EditError.IN_USE, "id", "id: cannot delete, " + why + " (" + String.join(", ", shown)
					+ (ids.size() > shown.size() ? ", ..." : "") + ")").with(key, shown);
		}
	}

}
