package id.pokin.capaian;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import id.pokin.audit.ChangeAction;
import id.pokin.audit.ChangeLog;
import id.pokin.editing.IndicatorLocks;
import id.pokin.node.CascadeNode;
import id.pokin.node.NodeMapper;
import id.pokin.security.Editor;
import id.pokin.web.InputLimits;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sets and removes realisasi, and the weights of contributions, each one write transaction with its audit record.
 * Realisasi change the indicator: the same rights, lock and version as its targets ({@link IndicatorLocks}), and
 * the version goes up. A weight belongs to the link, which carries no version; it shapes the roll-up of the node
 * contributed to, so it is that node's planners' (and administrators') to set.
 */
@Service
class RealisasiEditor {

	/** Weights above this are a typing error, not a judgement. */
	static final double MAX_WEIGHT = 1000;

	private final IndicatorLocks locks;

	private final CapaianQueries queries;

	private final ChangeLog changeLog;

	RealisasiEditor(IndicatorLocks locks, CapaianQueries queries, ChangeLog changeLog) {
		this.locks = locks;
		this.queries = queries;
		this.changeLog = changeLog;
	}

	@Transactional(timeoutString = "${pokin.graphql.timeout-seconds:30}")
	CascadeNode setRealisasi(Editor editor, String id, long version, int year, Period period, String value,
			String evidence) {
		IndicatorLocks.Locked locked = this.locks.lock(editor, id, version);
		checkYear(year, locked.periodStart(), locked.periodEnd());
		String raw = value == null ? null : value.strip();
		String note = evidence == null || evidence.isBlank() ? null : evidence.strip();
		checkText("value", raw, InputLimits.SHORT_TEXT_MAX_LENGTH);
		checkText("evidence", note, InputLimits.TEXT_MAX_LENGTH);
		Map<String, Object> properties = locked.properties();
		TreeMap<Realisasi.Key, Realisasi> all = RealisasiLists.read(properties);
		Realisasi.Key key = new Realisasi.Key(year, period);
		Realisasi before = all.get(key);
		Realisasi after = raw == null || raw.isEmpty() ? null
				: RealisasiLists.of(year, period, raw, note, null, null, editor.name(),
						ZonedDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS)
							.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
		if (same(before, after)) {
			this.locks.unlock(id);
			return NodeMapper.toNode(properties);
		}
		if (after == null) {
			all.remove(key);
		}
		else {
			all.put(key, after);
		}
		Map<String, Object> changed = new HashMap<>();
		RealisasiLists.write(changed, all);
		long newVersion = locked.version() + 1;
		changed.put("version", newVersion);
		this.queries.writeRealisasi(id, changed);
		this.changeLog.record(List.of(this.changeLog.entry(editor.name(), ChangeAction.UPDATE, id, "INDIKATOR",
				newVersion, recorded(key, before), recorded(key, after))));
		Map<String, Object> now = new HashMap<>(properties);
		now.putAll(changed);
		now.values().removeIf(Objects::isNull);
		return NodeMapper.toNode(now);
	}

	@Transactional(timeoutString = "${pokin.graphql.timeout-seconds:30}")
	WeightChange setWeight(Editor editor, String from, String to, Double weight) {
		if (weight != null && (weight.isNaN() || weight <= 0 || weight > MAX_WEIGHT)) {
			throw CapaianException.invalidValue("weight",
					"weight: must be above 0 and at most " + (long) MAX_WEIGHT + " (null sets it back to 1), was " + weight,
					"weight: harus di atas 0 dan paling besar " + (long) MAX_WEIGHT
							+ " (null mengembalikannya ke 1), tertulis " + weight);
		}
		Map<String, Object> link = this.queries.link(from, to);
		if (link == null) {
			for (String[] end : new String[][] { { "from", from }, { "to", to } }) {
				if (this.queries.kind(end[1]) == null) {
					throw CapaianException.notFound(end[0], end[1]);
				}
			}
			throw CapaianException.invalidValue("to", "to: '" + from + "' does not contribute to '" + to + "'",
					"to: '" + from + "' tidak berkontribusi pada '" + to + "'");
		}
		this.locks.checkOwns(editor, "to", List.of(to));
		Double current = link.get("weight") instanceof Number n ? n.doubleValue() : null;
		if (Objects.equals(current, weight)) {
			return new WeightChange(from, to, weight == null ? 1.0 : weight, false);
		}
		this.queries.setWeight(from, to, weight);
		String field = "weight " + from;
		Map<String, Object> before = new HashMap<>();
		before.put(field, current);
		Map<String, Object> after = new HashMap<>();
		after.put(field, weight);
		long version = link.get("toVersion") instanceof Number n ? n.longValue() : 0L;
		this.changeLog.record(List.of(this.changeLog.entry(editor.name(), ChangeAction.UPDATE, to,
				(String) link.get("toKind"), version, before, after)));
		return new WeightChange(from, to, weight == null ? 1.0 : weight, true);
	}

	private static boolean same(Realisasi before, Realisasi after) {
		if (before == null || after == null) {
			return before == after;
		}
		return before.raw().equals(after.raw()) && Objects.equals(before.evidence(), after.evidence());
	}

	/** The audit trail's view of one realisasi: its text and evidence, under {@code realisasi <year> <period>}. */
	private static Map<String, Object> recorded(Realisasi.Key key, Realisasi realisasi) {
		Map<String, Object> fields = new HashMap<>();
		if (realisasi != null) {
			Map<String, Object> value = new LinkedHashMap<>();
			value.put("value", realisasi.raw());
			if (realisasi.evidence() != null) {
				value.put("evidence", realisasi.evidence());
			}
			fields.put(key.field(), value);
		}
		return fields;
	}

	private static void checkYear(int year, Long start, Long end) {
		if (year < 1900 || year > 2200) {
			throw CapaianException.invalidRealisasi("year", "year: " + year + " is not a plan year",
					"year: " + year + " bukan tahun rencana");
		}
		if (start != null && end != null && (year < start || year > end)) {
			throw CapaianException.invalidRealisasi("year",
					"year: %d is outside the plan period %d-%d".formatted(year, start, end),
					"year: %d di luar periode rencana %d-%d".formatted(year, start, end));
		}
	}

	private static void checkText(String field, String text, int max) {
		if (text == null) {
			return;
		}
		if (text.length() > max) {
			throw CapaianException.invalidRealisasi(field,
					"%s: at most %d characters, was %d".formatted(field, max, text.length()),
					"%s: paling banyak %d karakter, tertulis %d".formatted(field, max, text.length()));
		}
		if (InputLimits.hasControlCharacters(text)) {
			throw CapaianException.invalidRealisasi(field, field + ": control characters are not allowed",
					field + ": karakter kendali tidak diperbolehkan");
		}
	}

	/** The answer of {@code setContributionWeight}: the weight now in force (1 when unset). */
	record WeightChange(String from, String to, double weight, boolean changed) {
	}

}
