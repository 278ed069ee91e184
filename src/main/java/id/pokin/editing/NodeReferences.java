package id.pokin.editing;

import java.util.List;
import java.util.Map;

import id.pokin.node.NodeKind;

import org.springframework.stereotype.Component;

/**
 * What the graph must confirm of a creation (the step after {@link NewNode#of}): its id is free, the nodes it names
 * exist and are of the right kinds, the document it names exists. Read in the creation's transaction.
 */
@Component
class NodeReferences {

	private final EditQueries queries;

	NodeReferences(EditQueries queries) {
		this.queries = queries;
	}

	/** The nodes the creation names (its own id too, not found), by id. */
	Map<String, EditQueries.Found> check(NewNode node) {
		Map<String, EditQueries.Found> found = this.queries.find(node.named());
		if (found.get(node.id()).exists()) {
			throw taken(found.get(node.id()), node.id());
		}
		for (String target : node.contributesTo()) {
			expect(found.get(target), "contributesTo", NodeKind.SASARAN);
		}
		for (String unit : node.responsibleUnits()) {
			expect(found.get(unit), "responsibleUnits", NodeKind.UNIT);
		}
		if (node.parent() != null) {
			expect(found.get(node.parent()), "parent", NodeKind.UNIT);
		}
		return found;
	}

	/** The document the new node comes from: the one named, which must exist, or that of the first node it names. */
	String document(NewNode node, Map<String, EditQueries.Found> found) {
		String document = node.sourceDocument();
		if (document != null && !this.queries.documentExists(document)) {
			throw new EditException(EditError.NODE_NOT_FOUND, "sourceDocument",
					"sourceDocument: no document '" + document + "'",
					"sourceDocument: tidak ada dokumen '" + document + "'");
		}
		if (document != null) {
			return document;
		}
		return node.documentSources().stream()
			.map(id -> found.get(id).document())
			.filter(d -> d != null)
			.findFirst()
			.orElse(null);
	}

	/** The error of a new node whose id another node has, as it is now (read in a transaction of its own). */
	EditException taken(String id) {
		EditQueries.Found found = this.queries.find(List.of(id)).get(id);
		return taken(found != null && found.exists() ? found : null, id);
	}

	private static EditException taken(EditQueries.Found found, String id) {
		String kind = found == null ? "node" : found.kind().name();
		return new EditException(EditError.INVALID_VALUE, "id", "id: '%s' is taken by a %s".formatted(id, kind),
				"id: '%s' sudah dipakai oleh sebuah %s".formatted(id, kind));
	}

	static void expect(EditQueries.Found found, String field, NodeKind category) {
		if (!found.exists()) {
			throw new EditException(EditError.NODE_NOT_FOUND, field, field + ": no node '" + found.id() + "'",
					field + ": tidak ada node '" + found.id() + "'");
		}
		if (NodeFields.category(found.kind()) != category) {
			throw new EditException(EditError.WRONG_KIND, field, "%s: '%s' is a %s, but must be %s"
				.formatted(field, found.id(), found.kind().label(), NodeFields.describe(category)));
		}
	}

}
