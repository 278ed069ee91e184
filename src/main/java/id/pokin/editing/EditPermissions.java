package id.pokin.editing;

import java.util.List;

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

}
