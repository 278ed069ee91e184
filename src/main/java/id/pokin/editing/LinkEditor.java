package id.pokin.editing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import id.pokin.audit.ChangeAction;
import id.pokin.audit.ChangeLog;
import id.pokin.node.NodeKind;
import id.pokin.security.Editor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds and removes {@code CONTRIBUTES_TO} (lower node to the element it supports) and {@code RESPONSIBLE_FOR}
 * (unit to what it answers for). Links carry no version: adding one that exists or removing one that does not
 * changes nothing and says so ({@code changed: false}). Every link change takes one shared lock first, so the
 * cycle check of one cannot miss a link another is adding at the same moment.
 */
@Service
class LinkEditor {

	private final EditQueries queries;

	private final EditPermissions permissions;

	private final ChangeLog changeLog;

	LinkEditor(EditQueries queries, EditPermissions permissions, ChangeLog changeLog) {
		this.queries = queries;
		this.permissions = permissions;
		this.changeLog = changeLog;
	}

	@Transactional(timeoutString = "${pokin.graphql.timeout-seconds:30}")
	LinkChange contribution(Editor editor, String from, String to, boolean add) {
		this.permissions.checkCanEdit(editor);
		this.queries.lockLinks();
		Ends ends = ends(from, "from", to, "to");
		if (ends.from().kind() == NodeKind.UNIT) {
			throw wrongKind("from", ends.from(), "an element or an indicator");
		}
		if (!ends.to().kind().isElement()) {
			throw wrongKind("to", ends.to(), "an element (Tujuan, Sasaran or Kondisi): only elements have contributors");
		}
		this.permissions.checkOwns(editor, "from", List.of(from));
		if (add && !this.queries.linked(LinkType.CONTRIBUTES_TO, from, to)) {
			List<String> way = this.queries.wayUp(LinkType.CONTRIBUTES_TO, to, from);
			if (!way.isEmpty()) {
				List<String> cycle = new ArrayList<>();
				cycle.add(from);
				cycle.addAll(way);
				throw new EditException(EditError.CYCLE, "to", "to: linking '%s' to '%s' would close a cycle: %s"
					.formatted(from, to, String.join(" \u2192 ", cycle))).with("cycle", cycle);
			}
		}
		return change(editor, LinkType.CONTRIBUTES_TO, ends, add, "contributesTo", "contributors");
	}

	@Transactional(timeoutString = "${pokin.graphql.timeout-seconds:30}")
	LinkChange responsibility(Editor editor, String unit, String node, boolean add) {
		this.permissions.checkCanEdit(editor);
		this.queries.lockLinks();
		Ends ends = ends(unit, "unit", node, "node");
		if (ends.from().kind() != NodeKind.UNIT) {
			throw wrongKind("unit", ends.from(), "a unit");
		}
		if (ends.to().kind() == NodeKind.UNIT) {
			throw wrongKind("node", ends.to(), "an element or an indicator");
		}
		this.permissions.checkOwns(editor, "unit", List.of(unit));
		this.permissions.checkOwns(editor, "node", List.of(node));
		return change(editor, LinkType.RESPONSIBLE_FOR, ends, add, "responsibleFor", "responsibleUnits");
	}

	private LinkChange change(Editor editor, LinkType type, Ends ends, boolean add, String fromField,
			String toField) {
		String from = ends.from().id();
		String to = ends.to().id();
		if (this.queries.linked(type, from, to) == add) {
			return new LinkChange(type, from, to, false);
		}
		// a node's own links count in the stored readiness rules: both ends' documents change
		List<String> documents = new ArrayList<>();
		for (EditQueries.Found end : List.of(ends.from(), ends.to())) {
			if (end.document() != null) {
				documents.add(end.document());
			}
		}
		this.queries.recordDocumentChanges(documents);
		if (add) {
			this.queries.link(type, from, to);
		}
		else {
			this.queries.unlink(type, from, to);
		}
		ChangeAction action = add ? ChangeAction.LINK : ChangeAction.UNLINK;
		this.changeLog.record(List.of(
				this.changeLog.link(editor.name(), action, from, ends.from().kind().name(), ends.from().version(),
						fromField, to),
				this.changeLog.link(editor.name(), action, to, ends.to().kind().name(), ends.to().version(), toField,
						from)));
		return new LinkChange(type, from, to, true);
	}

	private Ends ends(String from, String fromField, String to, String toField) {
		NodeFields.checkReference(fromField, from);
		NodeFields.checkReference(toField, to);
		if (from.equals(to)) {
			throw new EditException(EditError.SELF_LINK, toField, toField + ": a node cannot be linked to itself ('"
					+ from + "')");
		}
		Map<String, EditQueries.Found> found = this.queries.find(List.of(from, to));
		for (String field : List.of(fromField, toField)) {
			EditQueries.Found end = found.get(field.equals(fromField) ? from : to);
			if (!end.exists()) {
				throw new EditException(EditError.NODE_NOT_FOUND, field, field + ": no node '" + end.id() + "'");
			}
		}
		return new Ends(found.get(from), found.get(to));
	}

	private static EditException wrongKind(String field, EditQueries.Found found, String expected) {
		return new EditException(EditError.WRONG_KIND, field,
				"%s: '%s' is a %s, but must be %s".formatted(field, found.id(), found.kind().label(), expected));
	}

	private record Ends(EditQueries.Found from, EditQueries.Found to) {
	}

}
