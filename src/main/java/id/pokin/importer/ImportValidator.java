package id.pokin.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.pokin.importer.GraphFacts.Edge;
import id.pokin.importer.GraphFacts.Existing;
import id.pokin.importer.ImportError.Code;
import id.pokin.importer.ImportError.Message;
import id.pokin.importer.Reference.Link;
import id.pokin.node.Level;
import id.pokin.node.NodeKind;
import id.pokin.sheet.Cells;
import id.pokin.sheet.ImportSheet;

/**
 * The checks across rows and against the graph: duplicate ids, ids the graph holds as another kind of node,
 * links to ids that exist nowhere or to the wrong kind of node, self-links, and links that would close a
 * CONTRIBUTES_TO or PART_OF cycle with the file's other links and the graph's.
 */
final class ImportValidator {

	private final ImportRows rows;

	private final GraphFacts facts;

	private final Map<String, ImportRow> nodesInFile = new HashMap<>();

	private final Map<String, ImportRow> documentsInFile = new HashMap<>();

	/** Longest cycle a message shows whole; a longer one shows its start and its end. */
	private static final int CYCLE_SHOWN = 12;

	private final ImportErrors errors;

	private ImportValidator(ImportRows rows, GraphFacts facts, ImportErrors errors) {
		this.rows = rows;
		this.facts = facts;
		this.errors = errors;
	}

	/** Adds what it finds to {@code errors}. */
	static void check(ImportRows rows, GraphFacts facts, ImportErrors errors) {
		ImportValidator validator = new ImportValidator(rows, facts, errors);
		validator.checkIds(rows.documents(), validator.documentsInFile);
		validator.checkIds(rows.nodes(), validator.nodesInFile);
		validator.checkKindsAgainstGraph();
		List<Edge> links = validator.checkReferences();
		validator.checkCycles(links);
		validator.checkRealisasi();
	}

	/** Ids are unique per namespace (documents; every node); the first row with an id keeps it. */
	private void checkIds(List<ImportRow> rows, Map<String, ImportRow> firstRows) {
		for (ImportRow row : rows) {
			if (row.id() == null) {
				continue;
			}
			ImportRow first = firstRows.putIfAbsent(row.id(), row);
			if (first != null) {
				error(row, "id", Code.DUPLICATE_ID, row.id(), first.sheet().sheetName(), first.row());
			}
		}
	}

	/** A unit, an element and an indicator never share an id; an element may change between element kinds. */
	private void checkKindsAgainstGraph() {
		for (ImportRow row : this.nodesInFile.values()) {
			Existing existing = this.facts.nodes().get(row.id());
			if (existing != null && existing.kind() != null && category(existing.kind()) != category(row)) {
				error(row, "id", Code.ID_KIND_CONFLICT, row.id(), describe(existing.kind(), null),
						describe(row.kind(), null));
			}
		}
	}

	/** Checks every link a row names and returns the CONTRIBUTES_TO and PART_OF links that can be followed. */
	private List<Edge> checkReferences() {
		List<Edge> links = new ArrayList<>();
		for (ImportRow row : allRows()) {
			for (Reference reference : row.references()) {
				for (String target : reference.ids()) {
					if (checkReference(row, reference, target) && row.id() != null
							&& (reference.link() == Link.CONTRIBUTES_TO || reference.link() == Link.PART_OF)) {
						links.add(new Edge(reference.link(), row.id(), target));
					}
				}
			}
		}
		return links;
	}

	private boolean checkReference(ImportRow row, Reference reference, String target) {
		String column = reference.column();
		if (!Cells.isValidId(target)) {
			// an id of the file's own rows is reported at its row; no other can exist (the graph's ids are valid)
			if (!this.nodesInFile.containsKey(target) && !this.documentsInFile.containsKey(target)) {
				error(row, column, Code.INVALID_ID, target);
			}
			return false;
		}
		boolean isDocument = this.documentsInFile.containsKey(target) || this.facts.documents().contains(target);
		Target found = find(target);
		if (reference.link() == Link.DOCUMENT) {
			if (isDocument) {
				return true;
			}
			if (found != null) {
				error(row, column, Code.WRONG_KIND, target, column, found.description(), DOCUMENT);
			}
			else {
				error(row, column, Code.UNKNOWN_REFERENCE, target, column, ImportSheet.DOCUMENTS.sheetName());
			}
			return false;
		}
		if (target.equals(row.id()) && !row.isDocument()
				&& (reference.link() == Link.CONTRIBUTES_TO || reference.link() == Link.PART_OF)) {
			error(row, column, Code.SELF_LINK, column);
			return false;
		}
		boolean wantsUnit = reference.link() != Link.CONTRIBUTES_TO;
		if (found == null) {
			if (isDocument) {
				error(row, column, Code.WRONG_KIND, target, column, DOCUMENT, expected(reference.link()));
			}
			else {
				String sheet = (wantsUnit ? ImportSheet.UNITS : ImportSheet.ELEMENTS).sheetName();
				error(row, column, Code.UNKNOWN_REFERENCE, target, column, sheet);
			}
			return false;
		}
		boolean fits = wantsUnit ? found.category() == NodeKind.UNIT : found.category() == NodeKind.SASARAN;
		// a unit without a valid level has been reported already
		if (reference.link() == Link.REGION && fits && found.level() != null && found.level() != Level.PEMDA) {
			fits = false;
		}
		if (!fits) {
			error(row, column, Code.WRONG_KIND, target, column, found.description(), expected(reference.link()));
		}
		return fits;
	}

	private void checkCycles(List<Edge> links) {
		Set<String> ownedByFile = this.nodesInFile.keySet();
		// a node in the file gets its upward links from the file: its links in the graph will be replaced
		List<Edge> kept = this.facts.edges().stream().filter(edge -> !ownedByFile.contains(edge.source())).toList();
		Map<Edge, List<String>> cycles = new HashMap<>();
		for (Link hierarchy : List.of(Link.CONTRIBUTES_TO, Link.PART_OF)) {
			cycles.putAll(CycleCheck.cyclesThrough(only(hierarchy, links), only(hierarchy, kept)));
		}
		for (ImportRow row : this.rows.nodes()) {
			for (Reference reference : row.references()) {
				for (String target : reference.ids()) {
					List<String> cycle = cycles.get(new Edge(reference.link(), row.id(), target));
					if (cycle != null) {
						error(row, reference.column(), Code.CYCLE, Message.both(shown(cycle)));
					}
				}
			}
		}
	}

	/** The ids of a cycle, each {@link id.pokin.web.Shown shortened}; a long cycle as its start, "…", its end. */
	private static String shown(List<String> cycle) {
		List<String> ids = cycle.stream().map(id.pokin.web.Shown::value).toList();
		if (ids.size() > CYCLE_SHOWN) {
			List<String> cut = new ArrayList<>(ids.subList(0, CYCLE_SHOWN / 2));
			cut.add("\u2026 (+%d)".formatted(ids.size() - CYCLE_SHOWN));
			cut.addAll(ids.subList(ids.size() - CYCLE_SHOWN / 2, ids.size()));
			ids = cut;
		}
		return String.join(" \u2192 ", ids);
	}

	/** Each realisasi is of an indicator (of the file or the graph), once per year and period. */
	private void checkRealisasi() {
		Map<List<Object>, ImportRow> seen = new HashMap<>();
		for (ImportRow row : this.rows.realisasi()) {
			if (row.id() == null) {
				continue;
			}
			Target found = find(row.id());
			if (found == null) {
				error(row, "indicator", Code.UNKNOWN_REFERENCE, row.id(), "indicator",
						ImportSheet.INDICATORS.sheetName());
				continue;
			}
			if (found.category() != NodeKind.INDIKATOR) {
				error(row, "indicator", Code.WRONG_KIND, row.id(), "indicator", found.description(),
						KINDS.get(NodeKind.INDIKATOR));
				continue;
			}
			Object year = row.properties().get("year");
			Object period = row.properties().get("period");
			if (year != null && period != null) {
				ImportRow first = seen.putIfAbsent(List.of(row.id(), year, period), row);
				if (first != null) {
					error(row, "period", Code.DUPLICATE_REALISASI, row.id(), year, period, first.row());
				}
			}
		}
	}

	private static List<Edge> only(Link link, List<Edge> edges) {
		return edges.stream().filter(edge -> edge.link() == link).toList();
	}

	private Iterable<ImportRow> allRows() {
		List<ImportRow> all = new ArrayList<>(this.rows.documents());
		all.addAll(this.rows.nodes());
		all.addAll(this.rows.realisasi());
		return all;
	}

	/** A node named by a link: the file's row for it, or else the graph's node. */
	private Target find(String id) {
		ImportRow row = this.nodesInFile.get(id);
		if (row != null) {
			return new Target(category(row), row.level(), describe(row.kind(), row.level()));
		}
		Existing existing = this.facts.nodes().get(id);
		if (existing != null && existing.kind() != null) {
			return new Target(category(existing.kind()), existing.level(), describe(existing.kind(), existing.level()));
		}
		return null;
	}

	private void error(ImportRow row, String column, Code code, Object... args) {
		this.errors.add(row.sheet().sheetName(), row.row(), column, code, args);
	}

	/** Units, elements (all three kinds: represented by SASARAN) and indicators. */
	private static NodeKind category(NodeKind kind) {
		return kind.isElement() ? NodeKind.SASARAN : kind;
	}

	private static NodeKind category(ImportRow row) {
		return switch (row.sheet()) {
			case UNITS -> NodeKind.UNIT;
			case INDICATORS -> NodeKind.INDIKATOR;
			default -> NodeKind.SASARAN;
		};
	}

	private static final Message DOCUMENT = new Message("dokumen (lembar documents)", "a document (documents sheet)");

	private static final Map<NodeKind, Message> KINDS = Map.of(NodeKind.UNIT,
			new Message("unit organisasi", "an organisational unit"), NodeKind.TUJUAN,
			new Message("tujuan", "a tujuan"), NodeKind.SASARAN, new Message("sasaran", "a sasaran"), NodeKind.KONDISI,
			new Message("kondisi (CSF)", "a kondisi (CSF condition)"), NodeKind.INDIKATOR,
			new Message("indikator", "an indicator"));

	/** {@code kind} is {@code null} for an element row whose kind is invalid (already reported). */
	private static Message describe(NodeKind kind, Level level) {
		if (kind == null) {
			return new Message("elemen kinerja", "a performance element");
		}
		if (kind == NodeKind.UNIT && level != null) {
			return new Message("unit organisasi tingkat " + level, "a " + level + " unit");
		}
		return KINDS.get(kind);
	}

	private static Message expected(Link link) {
		return switch (link) {
			case CONTRIBUTES_TO -> new Message("tujuan, sasaran atau kondisi (lembar elements)",
					"a tujuan, sasaran or kondisi (elements sheet)");
			case REGION -> new Message("unit tingkat PEMDA (lembar units)", "a PEMDA unit (units sheet)");
			default -> new Message("unit organisasi (lembar units)", "an organisational unit (units sheet)");
		};
	}

	/** What a link points to: its category (UNIT, SASARAN for any element, INDIKATOR), level and description. */
	private record Target(NodeKind category, Level level, Message description) {
	}

}
