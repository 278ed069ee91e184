package id.pokin.editing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import id.pokin.audit.ChangeAction;
import id.pokin.audit.ChangeLog;
import id.pokin.node.CascadeNode;
import id.pokin.node.Level;
import id.pokin.node.NodeKind;
import id.pokin.node.NodeMapper;
import id.pokin.security.Editor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, updates and deletes nodes, each call one write transaction that also writes its audit record.
 * Updates and deletes name the version they were made against; a node changed since is refused
 * ({@code STALE_VERSION}), so two planners never silently overwrite each other.
 */
@Service
class NodeEditor {

	private final EditQueries queries;

	private final EditPermissions permissions;

	private final ChangeLog changeLog;

	NodeEditor(EditQueries queries, EditPermissions permissions, ChangeLog changeLog) {
		this.queries = queries;
		this.permissions = permissions;
		this.changeLog = changeLog;
	}

	@Transactional(timeoutString = "${pokin.graphql.timeout-seconds:30}")
	CascadeNode create(Editor editor, NodeKind category, Map<String, Object> input) {
		this.permissions.checkCanEdit(editor);
		NodeKind kind = category == NodeKind.INDIKATOR || category == NodeKind.UNIT ? category
				: elementKind(input.get("kind"));
		String id = (String) input.get("id");
		if (id != null) {
			NodeFields.checkId(id);
		}
		else {
			id = kind.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 13);
		}
		List<String> contributesTo = NodeFields.ids("contributesTo", input.get("contributesTo"));
		List<String> responsibleUnits = NodeFields.ids("responsibleUnits", input.get("responsibleUnits"));
		String parent = (String) input.get("parent");
		NodeFields.checkReference("parent", parent);
		NodeFields.checkReference("sourceDocument", (String) input.get("sourceDocument"));
		List<String> named = new ArrayList<>(contributesTo);
		named.addAll(responsibleUnits);
		if (parent != null) {
			named.add(parent);
		}
		named.add(id);
		Map<String, EditQueries.Found> found = this.queries.find(named);
		if (found.get(id).exists()) {
			throw taken(found.get(id));
		}
		for (String target : contributesTo) {
			expect(found.get(target), "contributesTo", NodeKind.SASARAN);
		}
		for (String unit : responsibleUnits) {
			expect(found.get(unit), "responsibleUnits", NodeKind.UNIT);
		}
		if (parent != null) {
			expect(found.get(parent), "parent", NodeKind.UNIT);
		}
		Map<String, Object> properties = NodeFields.apply(category, Map.of(), input);
		if (kind == NodeKind.UNIT && parent == null && !Level.PEMDA.name().equals(properties.get("level"))) {
			throw new EditException(EditError.INVALID_VALUE, "parent",
					"parent: a unit below PEMDA level needs the unit it belongs to");
		}
		if (!editor.isAdmin()) {
			if (kind == NodeKind.UNIT) {
				checkPlannersLevel(editor, null, properties);
			}
			List<String> anchors = kind == NodeKind.UNIT ? (parent == null ? List.of() : List.of(parent)) : responsibleUnits;
			if (anchors.isEmpty()) {
				throw new EditException(EditError.NOT_YOURS, kind == NodeKind.UNIT ? "parent" : "responsibleUnits",
						"a planner's new node must belong to their perangkat daerah: give "
								+ (kind == NodeKind.UNIT ? "its parent unit" : "a responsible unit") + " there");
			}
			this.permissions.checkOwns(editor, kind == NodeKind.UNIT ? "parent" : "responsibleUnits", anchors);
		}
		String document = (String) input.get("sourceDocument");
		if (document != null && !this.queries.documentExists(document)) {
			throw new EditException(EditError.NODE_NOT_FOUND, "sourceDocument",
					"sourceDocument: no document '" + document + "'");
		}
		if (document == null) {
			document = firstDocument(found, responsibleUnits, parent, contributesTo);
		}
		properties.put("id", id);
		properties.put("kind", kind.name());
		properties.put("version", 0L);
		// after every node read from a document, in the order of creation
		properties.put("seq", System.currentTimeMillis());
		if (document != null) {
			properties.put("sourceDocument", document);
		}
		properties.putIfAbsent("sourceRef", "Pokin (" + editor.name() + ")");
		if (document != null) {
			this.queries.recordDocumentChanges(List.of(document));
		}
		if (kind == NodeKind.INDIKATOR && input.get("targets") instanceof List<?> targets) {
			Long[] period = this.queries.period(document);
			Targets.apply(properties, castTargets(targets), period[0], period[1]);
		}
		this.queries.create(kind, properties);
		List<ChangeLog.Entry> audit = new ArrayList<>();
		Map<String, Object> recorded = new LinkedHashMap<>(properties);
		for (String target : contributesTo) {
			this.queries.link(LinkType.CONTRIBUTES_TO, id, target);
			audit.add(link(editor, found.get(target), "contributors", id));
		}
		for (String unit : responsibleUnits) {
			this.queries.link(LinkType.RESPONSIBLE_FOR, unit, id);
			audit.add(link(editor, found.get(unit), "responsibleFor", id));
		}
		if (parent != null) {
			this.queries.link(LinkType.PART_OF, id, parent);
			audit.add(link(editor, found.get(parent), "subUnits", id));
		}
		putList(recorded, "contributesTo", contributesTo);
		putList(recorded, "responsibleUnits", responsibleUnits);
		if (parent != null) {
			recorded.put("parent", parent);
		}
		audit.add(0, this.changeLog.entry(editor.name(), ChangeAction.CREATE, id, kind.name(), 0, Map.of(), recorded));
		this.changeLog.record(audit);
		return NodeMapper.toNode(properties);
	}

	/** The error of a new node whose id another node has, as it is now (read in a transaction of its own). */
	EditException taken(String id) {
		EditQueries.Found found = this.queries.find(List.of(id)).get(id);
		return taken(found != null && found.exists() ? found : null, id);
	}

	private static EditException taken(EditQueries.Found found) {
		return taken(found, found.id());
	}

	private static EditException taken(EditQueries.Found found, String id) {
		String kind = found == null ? "node" : found.kind().name();
		return new EditException(EditError.INVALID_VALUE, "id", "id: '%s' is taken by a %s".formatted(id, kind),
				"id: '%s' sudah dipakai oleh sebuah %s".formatted(id, kind));
	}

	@Transactional(timeoutString = "${pokin.graphql.timeout-seconds:30}")
	CascadeNode update(Editor editor, NodeKind category, String id, long version, Map<String, Object> input) {
		NodeFields.checkReference("id", id);
		NodeFields.checkReference("sourceDocument", input.get("sourceDocument") instanceof String d ? d : null);
		List<String> recorded = recordDocumentChange(id, input.get("sourceDocument"));
		Map<String, Object> current = lockedForChange(editor, category, id, version);
		Map<String, Object> changed = NodeFields.apply(category, current, input);
		if (category == NodeKind.UNIT && !editor.isAdmin()) {
			checkPlannersLevel(editor, current, changed);
		}
		if (category == NodeKind.INDIKATOR && input.get("targets") instanceof List<?> targets) {
			Long[] period = this.queries.period((String) current.get("sourceDocument"));
			Targets.apply(changed, castTargets(targets), period[0], period[1]);
		}
		return save(editor, id, current, changed, recorded);
	}

	@Transactional(timeoutString = "${pokin.graphql.timeout-seconds:30}")
	CascadeNode setTargets(Editor editor, String id, long version, List<Map<String, Object>> targets) {
		NodeFields.checkReference("id", id);
		List<String> recorded = recordDocumentChange(id, null);
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
					"id: only an administrator can delete a perangkat daerah unit");
		}
		Map<String, List<String>> neighbours = this.queries.neighbours(id);
		inUse(neighbours, "contributors", "other nodes contribute to it: remove or relink them first");
		inUse(neighbours, "subUnits", "units belong to it: move or delete them first");
		inUse(neighbours, "responsibleFor", "it answers for elements or indicators: hand them to another unit first");
		Map<String, Object> recorded = new LinkedHashMap<>(current);
		putList(recorded, "contributesTo", neighbours.get("contributesTo"));
		putList(recorded, "responsibleUnits", neighbours.get("responsibleUnits"));
		neighbours.get("parent").forEach(parent -> recorded.put("parent", parent));
		List<String> others = new ArrayList<>(neighbours.get("contributesTo"));
		others.addAll(neighbours.get("responsibleUnits"));
		others.addAll(neighbours.get("parent"));
		Map<String, EditQueries.Found> found = this.queries.find(others);
		this.queries.delete(id);
		String kind = (String) current.get("kind");
		List<ChangeLog.Entry> audit = new ArrayList<>();
		audit.add(this.changeLog.entry(editor.name(), ChangeAction.DELETE, id, kind, version, recorded, Map.of()));
		neighbours.get("contributesTo").forEach(p -> audit.add(unlink(editor, found.get(p), "contributors", id)));
		neighbours.get("responsibleUnits").forEach(u -> audit.add(unlink(editor, found.get(u), "responsibleFor", id)));
		neighbours.get("parent").forEach(p -> audit.add(unlink(editor, found.get(p), "subUnits", id)));
		this.changeLog.record(audit);
		return new DeletedNode(id, NodeKind.valueOf(kind), version);
	}

	/**
	 * The node's document (and the one it moves to, and its contributors' documents) is changed by this
	 * transaction: recorded before the node is locked, in the order every writer locks
	 * ({@link id.pokin.coordination.DocumentChanges}). A node that moved to another document after this read is
	 * recorded again once it is locked (see {@link #save}).
	 */
	List<String> recordDocumentChange(String id, Object newDocument) {
		List<String> documents = new ArrayList<>();
		EditQueries.Found found = this.queries.find(List.of(id)).get(id);
		if (found != null && found.document() != null) {
			documents.add(found.document());
		}
		if (newDocument instanceof String moved) {
			documents.add(moved);
		}
		documents.addAll(this.queries.contributorsDocuments(id));
		this.queries.recordDocumentChanges(documents);
		return documents;
	}

	/**
	 * A planner's units stay units of their perangkat daerah: none becomes a region (PEMDA) or a perangkat daerah of
	 * its own, and the perangkat daerah unit itself keeps its level (the level decides what the region and the
	 * perangkat daerah filters, the readiness scopes and the exports hold). Administrators set any level.
	 *
	 * @param current the unit's properties before the change; null for a new unit
	 */
	private static void checkPlannersLevel(Editor editor, Map<String, Object> current, Map<String, Object> changed) {
		Object before = current == null ? null : current.get("level");
		Object after = changed.get("level");
		if (current != null && java.util.Objects.equals(before, after)) {
			return;
		}
		if (current != null && editor.perangkatDaerah() != null && editor.perangkatDaerah().equals(current.get("id"))) {
			throw new EditException(EditError.NOT_YOURS, "level",
					"level: only an administrator can change the level of a perangkat daerah unit",
					"level: hanya administrator yang dapat mengubah tingkat unit perangkat daerah");
		}
		if (Level.PEMDA.name().equals(after) || Level.PERANGKAT_DAERAH.name().equals(after)) {
			throw new EditException(EditError.NOT_YOURS, "level",
					"level: only an administrator can make a unit a %s: a planner's units lie below their perangkat daerah"
						.formatted(after),
					"level: hanya administrator yang dapat menjadikan unit %s: unit seorang perencana berada di bawah perangkat daerahnya"
						.formatted(after));
		}
	}

	/** The node's current properties, once it is locked, of the expected kind, the editor's, and at that version. */
	Map<String, Object> lockedForChange(Editor editor, NodeKind category, String id, long version) {
		this.permissions.checkCanEdit(editor);
		NodeFields.checkReference("id", id);
		Map<String, Object> current = this.queries.lockAndRead(id)
			.orElseThrow(() -> new EditException(EditError.NODE_NOT_FOUND, "id", "id: no node '" + id + "'"));
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
		ChangeLog.Entry entry = this.changeLog.entry(editor.name(), ChangeAction.UPDATE, id, kind.name(),
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
		this.changeLog.record(List.of(entry));
		return NodeMapper.toNode(changed);
	}

	private ChangeLog.Entry link(Editor editor, EditQueries.Found other, String field, String id) {
		return this.changeLog.link(editor.name(), ChangeAction.LINK, other.id(), other.kind().name(), other.version(),
				field, id);
	}

	private ChangeLog.Entry unlink(Editor editor, EditQueries.Found other, String field, String id) {
		return this.changeLog.link(editor.name(), ChangeAction.UNLINK, other.id(), other.kind().name(),
				other.version(), field, id);
	}

	private static void inUse(Map<String, List<String>> neighbours, String key, String why) {
		List<String> ids = neighbours.get(key);
		if (!ids.isEmpty()) {
			List<String> shown = ids.subList(0, Math.min(10, ids.size()));
			throw new EditException(EditError.IN_USE, "id", "id: cannot delete, " + why + " (" + String.join(", ", shown)
					+ (ids.size() > shown.size() ? ", ..." : "") + ")").with(key, shown);
		}
	}

	private static void expect(EditQueries.Found found, String field, NodeKind category) {
		if (!found.exists()) {
			throw new EditException(EditError.NODE_NOT_FOUND, field, field + ": no node '" + found.id() + "'");
		}
		if (NodeFields.category(found.kind()) != category) {
			throw new EditException(EditError.WRONG_KIND, field, "%s: '%s' is a %s, but must be %s"
				.formatted(field, found.id(), found.kind().label(), NodeFields.describe(category)));
		}
	}

	private static NodeKind elementKind(Object kind) {
		NodeKind parsed = kind == null ? null : NodeKind.valueOf((String) kind);
		if (parsed == null || !parsed.isElement()) {
			throw new EditException(EditError.INVALID_VALUE, "kind",
					"kind: an element is a TUJUAN, SASARAN or KONDISI, not " + kind);
		}
		return parsed;
	}

	private static String firstDocument(Map<String, EditQueries.Found> found, List<String> responsibleUnits,
			String parent, List<String> contributesTo) {
		List<String> sources = new ArrayList<>(responsibleUnits);
		if (parent != null) {
			sources.add(parent);
		}
		sources.addAll(contributesTo);
		return sources.stream().map(id -> found.get(id).document()).filter(d -> d != null).findFirst().orElse(null);
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> castTargets(List<?> targets) {
		return (List<Map<String, Object>>) targets;
	}

	private static void putList(Map<String, Object> recorded, String key, List<String> ids) {
		if (ids != null && !ids.isEmpty()) {
			recorded.put(key, ids);
		}
	}

}
