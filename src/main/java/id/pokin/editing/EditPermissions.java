package id.pokin.editing;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import id.pokin.node.Level;
import id.pokin.node.NodeKind;

import id.pokin.security.Editor;

import org.springframework.stereotype.Component;

/**
 * Who may change what. Administrators change everything. A planner changes the nodes of their perangkat
 * daerah: its units (the PD unit and every unit below it), the elements and indicators those units answer for,
 * and the ones nobody answers for that come from the PD's own document. Everyone else changes nothing.
 */
@Component
class EditPermissions {

	private final EditQueries queries;

	EditPermissions(EditQueries queries) {
		this.queries = queries;
	}

	void checkCanEdit(Editor editor) {
		if (!editor.canEdit()) {
			throw new EditException(EditError.NOT_YOURS, null, "'" + editor.name()
					+ "' may not edit: only administrators and planners with a perangkat daerah can");
		}
	}

	/** Refuses unless the editor may change every one of these nodes; {@code field} names them in the error. */
	void checkOwns(Editor editor, String field, List<String> ids) {
		checkCanEdit(editor);
		if (editor.isAdmin() || ids.isEmpty()) {
			return;
		}
		List<String> outside = this.queries.notOwned(ids, editor.perangkatDaerah());
		if (!outside.isEmpty()) {
			throw new EditException(EditError.NOT_YOURS, field, "%s: %s lies outside perangkat daerah '%s', which is "
				.formatted(field, String.join(", ", outside), editor.perangkatDaerah()) + "all '" + editor.name()
					+ "' may change").with("nodes", outside);
		}
	}

	/**
	 * A planner's new node must be their perangkat daerah's from the start: a unit under one of its units, an element
	 * or indicator with one of its units answering for it; a new unit's level as {@link #checkLevel} allows.
	 */
	void checkCreate(Editor editor, NewNode node) {
		checkCanEdit(editor);
		if (editor.isAdmin()) {
			return;
		}
		if (node.kind() == NodeKind.UNIT) {
			checkLevel(editor, null, node.properties());
		}
		if (node.anchors().isEmpty()) {
			throw new EditException(EditError.NOT_YOURS, node.anchorField(),
					"a planner's new node must belong to their perangkat daerah: give "
							+ (node.kind() == NodeKind.UNIT ? "its parent unit" : "a responsible unit") + " there",
					"node baru seorang perencana harus milik perangkat daerahnya: isi "
							+ (node.kind() == NodeKind.UNIT ? "unit induknya" : "unit penanggung jawab") + " di sana");
		}
		checkOwns(editor, node.anchorField(), node.anchors());
	}

	/**
	 * A planner's units stay units of their perangkat daerah: none becomes a region (PEMDA) or a perangkat daerah of
	 * its own, and the perangkat daerah unit itself keeps its level (the level decides what the region and the
	 * perangkat daerah filters, the readiness scopes and the exports hold). Administrators set any level.
	 *
	 * @param current the unit's properties before the change; null for a new unit
	 */
	void checkLevel(Editor editor, Map<String, Object> current, Map<String, Object> changed) {
		if (editor.isAdmin()) {
			return;
		}
		Object before = current == null ? null : current.get("level");
		Object after = changed.get("level");
		if (current != null && Objects.equals(before, after)) {
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

}
