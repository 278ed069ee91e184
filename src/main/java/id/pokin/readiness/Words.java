package id.pokin.readiness;

import java.util.List;
import java.util.Locale;

import id.pokin.node.CascadeNode;
import id.pokin.node.Level;
import id.pokin.node.NodeKind;

/**
 * How findings name things: kinds and levels in words an evaluator uses ("Sasaran Perangkat Daerah", "Indikator
 * Subbagian"; in English "regional agency objective"), a node by its words, code and name, never by its id. The
 * English words are those of the web UI ({@code frontend/i18n/en.js}).
 */
final class Words {

	private Words() {
	}

	static Text kind(NodeKind kind) {
		return switch (kind) {
			case TUJUAN -> new Text("Tujuan", "goal");
			case SASARAN -> new Text("Sasaran", "objective");
			case KONDISI -> new Text("Kondisi", "condition");
			case INDIKATOR -> new Text("Indikator", "indicator");
			case UNIT -> new Text("Unit", "unit");
		};
	}

	static Text level(Level level) {
		return switch (level) {
			case PEMDA -> new Text("Pemda", "region");
			case PERANGKAT_DAERAH -> new Text("Perangkat Daerah", "regional agency");
			case ASISTEN -> new Text("Asisten", "assistant");
			case BAGIAN -> new Text("Bagian", "division");
			case SUBBAGIAN -> new Text("Subbagian", "subdivision");
		};
	}

	/** A kind at a level: "Sasaran Perangkat Daerah", "regional agency objective"; a unit: "Unit Bagian". */
	static Text kindAt(NodeKind kind, Level level) {
		Text k = kind(kind);
		if (level == null) {
			return k;
		}
		Text l = level(level);
		return new Text(k.id() + " " + l.id(), l.en() + " " + k.en());
	}

	/** A node as a finding names it: its kind at its level, its code where it has one, its name in quotes. */
	static Text node(CascadeNode node) {
		Text words = kindAt(node.kind(), node.level());
		String code = node.code() == null || node.code().isBlank() ? "" : node.code().strip() + " ";
		String name = "\"" + (node.name() == null ? "" : node.name().strip()) + "\"";
		return new Text(words.id() + " " + code + name, words.en() + " " + code + name);
	}

	/** A node's name with its code, without its kind: where the kind is said already. */
	static String named(CascadeNode node) {
		String code = node.code() == null || node.code().isBlank() ? "" : node.code().strip() + " ";
		return code + "\"" + (node.name() == null ? "" : node.name().strip()) + "\"";
	}

	/** The enum constant's words, for a kind or level stored as text; the text itself when it is neither. */
	static Text kindOrLevel(String value) {
		for (NodeKind kind : NodeKind.values()) {
			if (kind.name().equals(value)) {
				return kind(kind);
			}
		}
		for (Level level : Level.values()) {
			if (level.name().equals(value)) {
				return level(level);
			}
		}
		return same(value);
	}

	/** The configured top of the cascade: an element kind ("a goal") or a level ("the region level"). */
	static Text top(String value) {
		for (NodeKind kind : NodeKind.values()) {
			if (kind.name().equals(value)) {
				return new Text("sebuah " + kind(kind).id() + " di puncak kaskade",
						(kind == NodeKind.INDIKATOR ? "an " : "a ") + kind(kind).en() + " at the top of the cascade");
			}
		}
		for (Level level : Level.values()) {
			if (level.name().equals(value)) {
				return new Text("tingkat " + level(level).id(), "the " + level(level).en() + " level");
			}
		}
		return same(value);
	}

	/** An indicator field by its name in the import format. */
	static Text field(String field) {
		return switch (field) {
			case "satuan" -> new Text("satuan", "satuan (unit of measure)");
			case "formula" -> new Text("formula", "formula");
			case "data_source", "dataSource" -> new Text("sumber data", "data source");
			case "definition" -> new Text("definisi operasional", "operational definition");
			default -> same(field);
		};
	}

	static Text polarity(String value) {
		return switch (value) {
			case "HIGHER_IS_BETTER" -> new Text("makin tinggi makin baik", "higher is better");
			case "LOWER_IS_BETTER" -> new Text("makin rendah makin baik", "lower is better");
			case "RANGE" -> new Text("rentang", "range");
			case "NOT_STATED" -> new Text("tidak dinyatakan, dibaca makin tinggi makin baik",
					"not stated, read as higher is better");
			default -> same(value);
		};
	}

	static Text indicatorKind(String value) {
		return switch (value) {
			case "IMPACT" -> new Text("dampak (impact)", "impact");
			case "OUTCOME" -> new Text("hasil (outcome)", "outcome");
			case "OUTPUT" -> new Text("keluaran (output)", "output");
			default -> same(value);
		};
	}

	static Text period(String value) {
		return switch (value) {
			case "TW1" -> new Text("TW I", "Q1");
			case "TW2" -> new Text("TW II", "Q2");
			case "TW3" -> new Text("TW III", "Q3");
			case "TW4" -> new Text("TW IV", "Q4");
			case "YEAR" -> new Text("tahunan", "whole year");
			default -> same(value);
		};
	}

	/** Why satuan, formula and name disagree (satuan-formula-mismatch's reason codes). */
	static Text mismatch(String reason) {
		return switch (reason) {
			case "formula-percent-satuan-not" -> new Text("formulanya dikali 100% tetapi satuannya bukan persen",
					"the formula multiplies by 100% but the satuan is not a percentage");
			case "satuan-percent-formula-not" -> new Text("satuannya persen tetapi formulanya tidak dikali 100%",
					"the satuan is a percentage but the formula does not multiply by 100%");
			case "name-percent-satuan-not" -> new Text("namanya \"Persentase ...\" tetapi satuannya bukan persen",
					"the name says \"Persentase ...\" but the satuan is not a percentage");
			case "name-count-satuan-percent" -> new Text("namanya menyebut jumlah (Jumlah, Dokumen, Laporan) tetapi satuannya persen",
					"the name states a count (Jumlah, Dokumen, Laporan) but the satuan is a percentage");
			default -> same(reason);
		};
	}

	/** Why a capaian cannot be right (capaian-implausible's reasons). */
	static Text implausible(String reason) {
		return switch (reason) {
			case "target 0" -> new Text("targetnya 0, capaian tidak dapat dihitung", "the target is 0, no capaian can be computed");
			case "> 150%" -> new Text("capaian di atas 150%", "capaian above 150%");
			default -> same(reason);
		};
	}

	static Text yesNo(String value) {
		return Boolean.parseBoolean(value) ? new Text("ya", "yes") : new Text("tidak", "no");
	}

	static Text none() {
		return new Text("tidak ada", "none");
	}

	/** "A, B dan 3 lainnya": a bounded list and the count of the rest. */
	static Text andMore(List<Text> shown, int total) {
		String id = String.join("; ", shown.stream().map(Text::id).toList());
		String en = String.join("; ", shown.stream().map(Text::en).toList());
		int rest = total - shown.size();
		if (rest <= 0) {
			return new Text(id, en);
		}
		return new Text(id + " dan " + rest + " lainnya", en + " and " + rest + " more");
	}

	/** The texts joined by the separator; none for an empty list. */
	static Text join(List<Text> texts, String separator) {
		if (texts.isEmpty()) {
			return none();
		}
		return new Text(String.join(separator, texts.stream().map(Text::id).toList()),
				String.join(separator, texts.stream().map(Text::en).toList()));
	}

	static Text same(String value) {
		return new Text(value, value);
	}

	static String capitalized(String text) {
		return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
	}

}
