package id.pokin.importer;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import id.pokin.capaian.Period;
import id.pokin.capaian.Realisasi;
import id.pokin.capaian.RealisasiLists;

/**
 * The realisasi sheet merged into the indicators' realisasi lists: each row sets (or, with no value, removes) one
 * year and period; the others stay. An entry the file repeats unchanged keeps who recorded it and when, so
 * importing the same file again changes nothing.
 */
final class RealisasiImport {

	private final Map<String, List<ImportRow>> byIndicator = new LinkedHashMap<>();

	private final String user;

	private final String at = ZonedDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS)
		.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);

	RealisasiImport(List<ImportRow> rows, String user) {
		this.user = user;
		for (ImportRow row : rows) {
			this.byIndicator.computeIfAbsent(row.id(), id -> new ArrayList<>()).add(row);
		}
	}

	/** The indicators the sheet names. */
	List<String> indicators() {
		return List.copyOf(this.byIndicator.keySet());
	}

	/**
	 * The realisasi properties the indicator is to have: its current ones (null for a new indicator) with the
	 * file's rows applied; a list property is null where there are none (which removes it).
	 */
	Map<String, Object> merged(String id, Map<String, Object> current) {
		TreeMap<Realisasi.Key, Realisasi> all = current == null ? new TreeMap<>() : RealisasiLists.read(current);
		for (ImportRow row : this.byIndicator.getOrDefault(id, List.of())) {
			Map<String, Object> p = row.properties();
			Realisasi.Key key = new Realisasi.Key((Integer) p.get("year"), (Period) p.get("period"));
			String raw = (String) p.get("raw");
			if (raw == null) {
				all.remove(key);
				continue;
			}
			Realisasi written = RealisasiLists.of(key.year(), key.period(), raw, (String) p.get("evidence"),
					(String) p.get("document"), (String) p.get("ref"), this.user, this.at);
			Realisasi now = all.get(key);
			if (now == null || !sameAsWritten(now, written)) {
				all.put(key, written);
			}
		}
		Map<String, Object> lists = new HashMap<>();
		RealisasiLists.write(lists, all);
		return lists;
	}

	/** The row's properties with the merged realisasi (and none of the list properties where there are none). */
	ImportRow withRealisasi(ImportRow row, Map<String, Object> current) {
		Map<String, Object> properties = new LinkedHashMap<>(row.properties());
		merged(row.id(), current).forEach((name, value) -> {
			if (value != null) {
				properties.put(name, value);
			}
		});
		return new ImportRow(row.sheet(), row.row(), row.id(), row.kind(), row.level(), properties, row.references());
	}

	private static boolean sameAsWritten(Realisasi now, Realisasi written) {
		return now.raw().equals(written.raw()) && Objects.equals(now.evidence(), written.evidence())
				&& Objects.equals(now.document(), written.document()) && Objects.equals(now.ref(), written.ref());
	}

}
