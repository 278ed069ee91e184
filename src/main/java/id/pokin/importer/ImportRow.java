package id.pokin.importer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.pokin.importer.Reference.Link;
import id.pokin.node.Level;
import id.pokin.node.NodeKind;
import id.pokin.sheet.ImportSheet;

/**
 * What one row of the file asks for: a document, or a node with the properties it is to have (named as in
 * {@link id.pokin.node.NodeMapper}; absent values left out) and the links it names. {@code id},
 * {@code kind} and {@code level} are {@code null} where the cell was missing or invalid (already reported).
 */
record ImportRow(ImportSheet sheet, int row, String id, NodeKind kind, Level level, Map<String, Object> properties,
		List<Reference> references) {

	boolean isDocument() {
		return this.sheet == ImportSheet.DOCUMENTS;
	}

	/** The ids this row links to by {@code link}, in the order written. */
	List<String> targets(Link link) {
		// a loop, not a stream: asked several times for every row of an import
		List<String> ids = new ArrayList<>(2);
		for (Reference reference : this.references) {
			if (reference.link() == link) {
				for (String id : reference.ids()) {
					if (!ids.contains(id)) {
						ids.add(id);
					}
				}
			}
		}
		return Collections.unmodifiableList(ids);
	}

	ImportRow withLevel(Level newLevel) {
		Map<String, Object> newProperties = new LinkedHashMap<>(this.properties);
		if (newLevel != null) {
			newProperties.put("level", newLevel.name());
		}
		return new ImportRow(this.sheet, this.row, this.id, this.kind, newLevel, newProperties, this.references);
	}

}
