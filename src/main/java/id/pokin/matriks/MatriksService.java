package id.pokin.matriks;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import id.pokin.node.NodeNotFoundException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The matriks cascading of a unit: a perangkat daerah (one sheet) or a region's Pemda (one sheet per perangkat
 * daerah); any other unit gets one sheet of its own subtree. Read in one read-only transaction, one query for the
 * rows ({@link MatriksQueries}); the rows are built by {@link MatriksBuilder}.
 */
@Service
class MatriksService {

	private final MatriksQueries queries;

	private final Clock clock;

	@Autowired
	MatriksService(MatriksQueries queries) {
		this(queries, Clock.systemDefaultZone());
	}

	MatriksService(MatriksQueries queries, Clock clock) {
		this.queries = queries;
		this.clock = clock;
	}

	/**
	 * @param scope the unit's id
	 * @param year the year of the targets shown; null: this year, moved into the plan period of the scope's
	 * documents when it lies outside
	 * @throws NodeNotFoundException when no node has the id
	 * @throws BadFileRequest when the id is blank or not a unit's, or the year is out of range
	 */
	@Transactional(readOnly = true)
	Matriks build(String scope, Integer year) {
		String id = BadFileRequest.requireScope(scope);
		BadFileRequest.checkYear(year);
		Map<String, Object> root = this.queries.root(id).orElseThrow(() -> new NodeNotFoundException(id));
		if (!Boolean.TRUE.equals(root.get("unit"))) {
			throw new BadFileRequest("SCOPE_NOT_A_UNIT",
					"'scope' must be the id of a unit (a region's Pemda or a perangkat daerah), '" + id + "' is a "
							+ root.get("kind"),
					"'scope' harus id sebuah unit (Pemda atau perangkat daerah), '" + id + "' adalah " + root.get("kind"));
		}
		List<Map<String, Object>> found = this.queries.sheets(id);
		LocalDate today = LocalDate.now(this.clock);
		int shown = year != null ? year : defaultYear(today.getYear(), found);
		List<Matriks.Sheet> sheets = new ArrayList<>();
		for (Map<String, Object> row : found) {
			Map<?, ?> unit = (Map<?, ?>) row.get("unit");
			sheets.add(new Matriks.Sheet(Objects.toString(unit.get("id")), Objects.toString(unit.get("name"), ""),
					MatriksBuilder.rows(maps(row.get("elements")), maps(row.get("indicators")), shown)));
		}
		return new Matriks(id, Objects.toString(root.get("name"), id), shown, today, List.copyOf(sheets));
	}

	/** This year, or the nearest year of the plan periods of the scope's documents when it lies outside all. */
	static int defaultYear(int thisYear, List<Map<String, Object>> sheets) {
		Integer first = null;
		Integer last = null;
		for (Map<String, Object> sheet : sheets) {
			for (Map<String, Object> period : maps(sheet.get("periods"))) {
				if (period.get("periodStart") instanceof Number start && period.get("periodEnd") instanceof Number end) {
					if (start.intValue() <= thisYear && thisYear <= end.intValue()) {
						return thisYear;
					}
					first = first == null ? start.intValue() : Math.min(first, start.intValue());
					last = last == null ? end.intValue() : Math.max(last, end.intValue());
				}
			}
		}
		if (first == null) {
			return thisYear;
		}
		return thisYear < first ? first : last;
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> maps(Object value) {
		return value instanceof List<?> list ? (List<Map<String, Object>>) list : List.of();
	}

}
