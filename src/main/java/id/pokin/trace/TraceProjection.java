package id.pokin.trace;

import java.util.Set;

import graphql.language.Field;
import graphql.language.OperationDefinition;
import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;

/**
 * What a trace query reads of each node. A trace request mostly asks for the nodes' identity and names (the UI's trace
 * page, the diagram's highlighted path, integrations), where {@code n {.*}} read, sent and mapped every target, text
 * and provenance field too: on a Neo4j server that was most of the bytes on the wire and of the mapping. LEAN reads
 * the fields below alone; anything else asked for on a node or a responsible unit (its source, targets, texts,
 * figures of other features) takes FULL.
 */
enum TraceProjection {

	/** {@code id, kind, code, name, level} of each node and unit (and a unit's {@code seq}, for its order). */
	LEAN,

	/** Every property ({@code {.*}}). */
	FULL;

	/**
	 * Fields a lean node answers: its own identity and name, and the fields that load by its id alone
	 * ({@code NodeFieldWiring}).
	 */
	private static final Set<String> LEAN_FIELDS = Set.of("__typename", "id", "kind", "code", "name", "level",
			"parents", "children", "responsibleUnits", "responsibleFor");

	/**
	 * LEAN when every field asked of the paths' nodes and of their responsible units is one a lean node answers, and
	 * the trace is the operation's only field: the units a trace reads prime the request's shared
	 * {@code responsibleUnits} loader, which another field of the same request might ask more of.
	 */
	static TraceProjection of(DataFetchingFieldSelectionSet selection, OperationDefinition operation) {
		if (operation == null || operation.getSelectionSet().getSelections().size() != 1
				|| !(operation.getSelectionSet().getSelections().get(0) instanceof Field)) {
			return FULL;
		}
		// the fields of nodes/*, top/*, nodes/responsibleUnits/* and top/responsibleUnits/*; read from the whole
		// selection by name rather than through selection globs, each of which compiles a regular expression per call
		for (SelectedField field : selection.getFields()) {
			if (onANode(field.getQualifiedName()) && !LEAN_FIELDS.contains(field.getName())) {
				return FULL;
			}
		}
		return LEAN;
	}

	/** Whether the request asks for the nodes' responsible units ({@code nodes/responsibleUnits}). */
	static boolean asksForUnits(DataFetchingFieldSelectionSet selection) {
		for (SelectedField field : selection.getFields()) {
			if ("nodes/responsibleUnits".equals(field.getQualifiedName())) {
				return true;
			}
		}
		return false;
	}

	/** {@code nodes/x}, {@code top/x}, {@code nodes/responsibleUnits/x} or {@code top/responsibleUnits/x}. */
	private static boolean onANode(String qualifiedName) {
		String[] path = qualifiedName.split("/");
		boolean underANode = path.length > 1 && ("nodes".equals(path[0]) || "top".equals(path[0]));
		return underANode && (path.length == 2 || (path.length == 3 && "responsibleUnits".equals(path[1])));
	}

}
