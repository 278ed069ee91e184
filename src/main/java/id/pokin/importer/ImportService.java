package id.pokin.importer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.pokin.coordination.ImportsUnderWay;
import id.pokin.graph.ConstraintViolation;
import id.pokin.graph.GraphTransaction;
import id.pokin.graph.GraphWrites;
import id.pokin.importer.Reference.Link;
import id.pokin.node.Level;
import id.pokin.sheet.ImportSheet;
import id.pokin.web.InputLimits;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Imports one file all or nothing: every check runs first, against the graph as it is inside the same write
 * transaction, and the file is written only when none failed.
 */
@Service
public class ImportService {

	private static final Logger log = LoggerFactory.getLogger(ImportService.class);

	private final GraphLookup lookup;

	private final GraphWriter writer;

	private final GraphWrites writes;

	private final ImportsUnderWay underWay;

	ImportService(GraphLookup lookup, GraphWriter writer, GraphWrites writes, ImportsUnderWay underWay) {
		this.lookup = lookup;
		this.writer = writer;
		this.writes = writes;
		this.underWay = underWay;
	}

	/** An import by the application itself (tests, tools); see {@link #importFile(ImportFile, String)}. */
	public ImportResult importFile(ImportFile file) {
		return importFile(file, "pokin");
	}

	/**
	 * One write transaction ({@link GraphWrites}: in-process on the embedded default): the checks read the graph in
	 * it, and a file that fails them writes nothing. Background checks wait while it runs ({@link ImportsUnderWay}).
	 *
	 * @param user who imports, for the audit trail
	 */
	public ImportResult importFile(ImportFile file, String user) {
		return this.underWay.run(() -> {
			try {
				ImportResult result = this.writes.inTransaction(graph -> importFile(graph, file, user));
				ImportPhases.mark("commit");
				return result;
			}
			catch (RuntimeException ex) {
				if (!ConstraintViolation.isCause(ex)) {
					throw ex;
				}
				// the checks saw an id free that another import or an edit created before this one wrote it: once
				// more from the start, the checks see that node now (as if the file had come after it)
				log.info("Import of {}: an id it creates was created meanwhile, checking again ({})", file.name(),
						ex.toString());
			}
			try {
				return this.writes.inTransaction(graph -> importFile(graph, file, user));
			}
			catch (RuntimeException ex) {
				if (!ConstraintViolation.isCause(ex)) {
					throw ex;
				}
				log.warn("Import of {} refused: its ids were created meanwhile twice running", file.name(), ex);
				return ImportResult.rejected(ImportError.ofFile(ImportError.Code.CONCURRENT_CHANGE));
			}
		});
	}

	private ImportResult importFile(GraphTransaction graph, ImportFile file, String user) {
		long start = System.nanoTime();
		ImportErrors errors = new ImportErrors();
		errors.addAll(file.problems());
		ImportRows rows = RowParser.parse(file, errors);
		ImportPhases.mark("parse");
		long parsed = System.nanoTime();
		if (errors.isFull()) {
			// refused whatever the graph holds, and the list is full: looking every id up (60,000 rows of a broken
			// file) would only add to a count, at the cost of the database's time
			errors.add(ImportError.ofFile(ImportError.Code.CHECKS_SKIPPED, InputLimits.IMPORT_ERRORS_REPORTED));
			return ImportResult.rejected(errors);
		}
		GraphFacts facts = this.lookup.factsFor(graph, rows);
		ImportPhases.mark("lookup");
		ImportValidator.check(rows, facts, errors);
		ImportPhases.mark("validate");
		long checked = System.nanoTime();
		if (!errors.isEmpty()) {
			return ImportResult.rejected(errors);
		}
		Map<String, String> existing = new HashMap<>();
		facts.nodes().forEach((id, node) -> existing.put(id, node.ref()));
		ImportSummary summary = this.writer.write(graph, withIndicatorLevels(rows, facts), existing, user);
		log.debug("{} rows: parsed in {} ms, checked in {} ms, written in {} ms", rows.nodes().size(),
				(parsed - start) / 1_000_000, (checked - parsed) / 1_000_000, (System.nanoTime() - checked) / 1_000_000);
		return ImportResult.imported(summary);
	}

	/** An indicator sits at the level of its first element, or else of its first responsible unit. */
	private static ImportRows withIndicatorLevels(ImportRows rows, GraphFacts facts) {
		Map<String, Level> levels = new HashMap<>();
		facts.nodes().forEach((id, existing) -> levels.put(id, existing.level()));
		rows.nodes().forEach(row -> levels.put(row.id(), row.level()));
		List<ImportRow> nodes = rows.nodes().stream().map(row -> {
			if (row.sheet() != ImportSheet.INDICATORS) {
				return row;
			}
			List<String> elements = row.targets(Link.CONTRIBUTES_TO);
			List<String> units = row.targets(Link.RESPONSIBLE_FOR);
			Level level = !elements.isEmpty() ? levels.get(elements.get(0))
					: !units.isEmpty() ? levels.get(units.get(0)) : null;
			return row.withLevel(level);
		}).toList();
		return new ImportRows(rows.documents(), nodes, rows.realisasi());
	}

}
