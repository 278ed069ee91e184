package id.pokin.editing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.pokin.audit.ChangeAction;
import id.pokin.audit.ChangeLog;
import id.pokin.security.Editor;

import org.springframework.stereotype.Component;

/**
 * The audit step of every edit: the {@code (:Change)} records of a creation, update, deletion or link change, written
 * in the edit's transaction. A node's links are recorded on both ends: as fields of the node created or deleted
 * ({@code contributesTo}, {@code responsibleUnits}, {@code parent}) and as a LINK or UNLINK of the other end.
 */
@Component
class EditAudit {

	private final ChangeLog changeLog;

	EditAudit(ChangeLog changeLog) {
		this.changeLog = changeLog;
	}

	void created(Editor editor, NewNode node, Map<String, Object> properties, Map<String, EditQueries.Found> found) {
		Map<String, Object> recorded = new LinkedHashMap<>(properties);
		putList(recorded, "contributesTo", node.contributesTo());
		putList(recorded, "responsibleUnits", node.responsibleUnits());
		if (node.parent() != null) {
			recorded.put("parent", node.parent());
		}
		List<ChangeLog.Entry> audit = new ArrayList<>();
		audit.add(this.changeLog.entry(editor.name(), ChangeAction.CREATE, node.id(), node.kind().name(), 0, Map.of(),
				recorded));
		node.contributesTo().forEach(p -> audit.add(link(editor, ChangeAction.LINK, found.get(p), "contributors", node.id())));
		node.responsibleUnits().forEach(u -> audit.add(link(editor, ChangeAction.LINK, found.get(u), "responsibleFor", node.id())));
		if (node.parent() != null) {
			audit.add(link(editor, ChangeAction.LINK, found.get(node.parent()), "subUnits", node.id()));
		}
		this.changeLog.record(audit);
	}

	/** The update's record; its {@code fields} are empty when nothing changes (then nothing is written). */
	ChangeLog.Entry update(Editor editor, String id, String kind, long newVersion, Map<String, Object> before,
			Map<String, Object> after) {
		return this.changeLog.entry(editor.name(), ChangeAction.UPDATE, id, kind, newVersion, before, after);
	}

	void updated(ChangeLog.Entry entry) {
		this.changeLog.record(List.of(entry));
	}

	/**
	 * @param neighbours the node's links before it was deleted, as {@link EditQueries#neighbours} reads them
	 * @param found the other ends of its own links
	 */
	void deleted(Editor editor, String id, String kind, long version, Map<String, Object> properties,
			Map<String, List<String>> neighbours, Map<String, EditQueries.Found> found) {
		Map<String, Object> recorded = new LinkedHashMap<>(properties);
		putList(recorded, "contributesTo", neighbours.get("contributesTo"));
		putList(recorded, "responsibleUnits", neighbours.get("responsibleUnits"));
		neighbours.get("parent").forEach(parent -> recorded.put("parent", parent));
		List<ChangeLog.Entry> audit = new ArrayList<>();
		audit.add(this.changeLog.entry(editor.name(), ChangeAction.DELETE, id, kind, version, recorded, Map.of()));
		neighbours.get("contributesTo").forEach(p -> audit.add(link(editor, ChangeAction.UNLINK, found.get(p), "contributors", id)));
		neighbours.get("responsibleUnits").forEach(u -> audit.add(link(editor, ChangeAction.UNLINK, found.get(u), "responsibleFor", id)));
		neighbours.get("parent").forEach(p -> audit.add(link(editor, ChangeAction.UNLINK, found.get(p), "subUnits", id)));
		this.changeLog.record(audit);
	}

	/** A link added or removed, on both its ends: {@code fromField} names the link on {@code from}'s side. */
	void linked(Editor editor, boolean add, EditQueries.Found from, String fromField, EditQueries.Found to,
			String toField) {
		ChangeAction action = add ? ChangeAction.LINK : ChangeAction.UNLINK;
		this.changeLog.record(List.of(link(editor, action, from, fromField, to.id()),
				link(editor, action, to, toField, from.id())));
	}

	private ChangeLog.Entry link(Editor editor, ChangeAction action, EditQueries.Found node, String field,
			String other) {
		return this.changeLog.link(editor.name(), action, node.id(), node.kind().name(), node.version(), field, other);
	}

	private static void putList(Map<String, Object> recorded, String key, List<String> ids) {
		if (ids != null && !ids.isEmpty()) {
			recorded.put(key, ids);
		}
	}

}
