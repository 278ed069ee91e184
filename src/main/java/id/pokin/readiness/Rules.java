package id.pokin.readiness;

import java.util.List;
import java.util.Set;

import id.pokin.readiness.ReadinessRule.Shape;

import static id.pokin.readiness.LkeCriterion.CASCADING;
import static id.pokin.readiness.LkeCriterion.DEFINISI_OPERASIONAL;
import static id.pokin.readiness.LkeCriterion.IKU;
import static id.pokin.readiness.LkeCriterion.INDIKATOR;
import static id.pokin.readiness.LkeCriterion.PENANGGUNG_JAWAB;
import static id.pokin.readiness.LkeCriterion.PENGUKURAN;
import static id.pokin.readiness.LkeCriterion.TARGET;
import static id.pokin.readiness.Severity.ERROR;
import static id.pokin.readiness.Severity.INFO;
import static id.pokin.readiness.Severity.WARNING;

/** The rules of the readiness check with their default severities, in the order a report lists them. */
final class Rules {

	static final String CYCLE = "contribution-cycle";

	/**
	 * The rules whose verdicts are kept in the graph (cypher/readiness/README.md, Stored findings): each depends on a
	 * node, its own links, the nodes these reach and its document only.
	 */
	static final Set<String> STORED = Set.of("indicator-unlinked", "responsible-unit-missing", "indicator-incomplete",
			"target-missing", "baseline-missing", "satuan-formula-mismatch", "target-regression", "level-reversal");

	/**
	 * Rules that are not stored but read the stored flags: within a checked document, every node they can find is
	 * flagged. target-missing-year (in a document with a plan period): an indicator without a target for a year of
	 * the period is one target-missing reports. level-skip: checking a document also flags its candidates, the
	 * nodes with a link two levels up or more ({@code cypher/readiness/candidates/level-skip.cypher}).
	 */
	static final Set<String> READ_STORED = Set.of("target-missing-year", "level-skip");

	/** The name planners see on the actions the advice points at (the web UI's buttons say the same). */
	private static final String LINK = "'Hubungkan ke induk'";

	private static final String LINK_EN = "'Link to parent'";

	static final List<ReadinessRule> ALL = List.of(
			rule("indicator-unlinked", ERROR, CASCADING,
					t("Indikator tidak terhubung", "Unlinked indicator"),
					t("{Node} tidak berkontribusi ke sasaran atau kondisi mana pun: tidak ada induk di atasnya.",
							"{Node} contributes to no objective or condition: it has no parent."),
					t("Pilih induknya dengan " + LINK + " (saran induk ditampilkan), atau hapus indikator ini dengan 'Hapus' bila tidak dipakai lagi.",
							"Pick its parent with " + LINK_EN + " (suggested parents are shown), or delete the indicator with 'Delete' if it is no longer used."),
					"responsibleUnits"),
			new ReadinessRule("indicator-below-top", WARNING, CASCADING,
					t("Rantai kinerja berhenti di bawah puncak", "Chain stops below the top"),
					t("Rantai kontribusi {affectedCount} indikator berhenti di {node}, yang tidak berkontribusi ke apa pun, sehingga tidak mencapai {top}.",
							"The contribution chain of {affectedCount} indicator(s) stops at {node}, which contributes to nothing, so it never reaches {top}."),
					t("Hubungkan {node} ke induknya satu tingkat di atas dengan " + LINK + " (misalnya Sasaran atau Tujuan RPJMD Pemda; buat dulu dengan 'Buat elemen' bila belum ada). Semua indikator di bawahnya ikut tersambung.",
							"Link {node} to its parent one tier up with " + LINK_EN + " (e.g. the region's RPJMD objective or goal; create it first with 'Create element' if it is missing). Every indicator below it is then connected."),
					null, List.of("affectedCount", "affected", "top"), Shape.FINDING_PER_ROW, false, null),
			new ReadinessRule("element-unmeasured", ERROR, INDIKATOR,
					t("Sasaran atau kondisi tanpa indikator", "Objective or condition without an indicator"),
					t("{Node} tidak diukur oleh indikator kinerja apa pun.", "{Node} is measured by no performance indicator."),
					t("Tambahkan indikator yang mengukurnya dengan 'Tambah indikator', lengkap dengan satuan dan targetnya.",
							"Add an indicator that measures it with 'Add indicator', with its satuan and targets."),
					t("{Kind} tanpa indikator", "{Kind} without an indicator"),
					List.of("kind", "contributingElements"), Shape.FINDING_PER_ROW, true, null),
			rule("responsible-unit-missing", WARNING, PENANGGUNG_JAWAB,
					t("Tanpa penanggung jawab", "No responsible unit"),
					t("{Node} tidak memiliki unit penanggung jawab. Unit di atasnya: {unitsAbove}.",
							"{Node} has no responsible unit. Units above it: {unitsAbove}."),
					t("Tetapkan unit yang menjawab untuknya dengan 'Tetapkan penanggung jawab', biasanya unit di atasnya atau salah satu unit di bawahnya.",
							"Assign the unit that answers for it with 'Assign responsible unit', usually the unit above it or one of its sub-units."),
					"kind", "unitsAbove"),
			rule("unit-idle", WARNING, PENANGGUNG_JAWAB,
					t("Unit tanpa kinerja", "Unit answers for nothing"),
					t("{Node} (bagian dari {partOf}) tidak bertanggung jawab atas sasaran atau indikator apa pun.",
							"{Node} (part of {partOf}) answers for no objective or indicator."),
					t("Tetapkan unit ini sebagai penanggung jawab sasaran atau indikatornya dengan 'Tetapkan penanggung jawab', atau buat sasaran dan indikator unit ini dengan 'Buat elemen'.",
							"Make this unit responsible for its objectives or indicators with 'Assign responsible unit', or create the unit's objectives and indicators with 'Create element'."),
					"level", "partOf"),
			rule("indicator-incomplete", WARNING, DEFINISI_OPERASIONAL,
					t("Indikator belum lengkap", "Incomplete indicator"),
					t("{Node} belum memiliki: {missing}.", "{Node} lacks: {missing}."),
					t("Lengkapi isian yang kosong dengan 'Ubah' di halaman indikator.",
							"Fill in the missing fields with 'Edit' on the indicator's page."),
					"missing"),
			rule("target-missing", WARNING, TARGET,
					t("Target tahunan belum lengkap", "Yearly targets missing"),
					t("{Node} tidak memiliki target untuk tahun {missingYears} (periode rencana {planPeriod}; target yang ada: {targetYears}).",
							"{Node} has no target for {missingYears} (plan period {planPeriod}; targets given: {targetYears})."),
					t("Isi target tahun yang kosong dengan 'Isi target' (atau 'Ubah', bagian Target) di halaman indikator.",
							"Set the missing years' targets with 'Set target' (or 'Edit', Targets) on the indicator's page."),
					"missingYears", "targetYears", "planPeriod"),
			new ReadinessRule("target-missing-year", ERROR, TARGET,
					t("Tanpa target tahun evaluasi", "No target for the year under evaluation"),
					t("{Node} tidak memiliki target untuk tahun {year} yang dievaluasi (target yang ada: {targetYears}).",
							"{Node} has no target for {year}, the year under evaluation (targets given: {targetYears})."),
					t("Isi target tahun {year} dengan 'Isi target' (atau 'Ubah', bagian Target) di halaman indikator.",
							"Set the {year} target with 'Set target' (or 'Edit', Targets) on the indicator's page."),
					null, List.of("year", "targetYears", "planPeriod"), Shape.FINDING_PER_ROW_FOR_YEAR, true, null),
			rule("baseline-missing", INFO, TARGET,
					t("Tanpa kondisi awal", "No baseline"),
					t("{Node} tidak memiliki kondisi awal (baseline).", "{Node} has no baseline (kondisi awal)."),
					t("Isi kondisi awal dengan 'Ubah' di halaman indikator; bila dokumennya memang tidak menyebutnya, catatan ini boleh dibiarkan.",
							"Fill in the baseline with 'Edit' on the indicator's page; if the decree states none, this note may stay.")),
			rule("satuan-formula-mismatch", WARNING, INDIKATOR,
					t("Satuan, formula dan nama tidak konsisten", "Satuan, formula and name disagree"),
					t("{Node}: satuan \"{satuan}\" tidak sesuai dengan formula atau namanya: {reasons}.",
							"{Node}: satuan \"{satuan}\" does not match its formula or name: {reasons}."),
					t("Samakan satuan, formula dan nama dengan 'Ubah': indikator persentase bersatuan % dan formulanya dikali 100%, indikator jumlah tidak.",
							"Make satuan, formula and name agree with 'Edit': a percentage indicator has the satuan % and a formula times 100%, a count has neither."),
					"reasons", "satuan", "formula"),
			rule("level-skip", WARNING, CASCADING,
					t("Melompati level", "Level skipped"),
					t("{Node} berkontribusi langsung ke {parent} dan melewati tingkat {skipped}.",
							"{Node} contributes straight to {parent}, skipping the {skipped} level."),
					t("Hubungkan ke induk di tingkat tepat di atasnya dengan " + LINK + " lalu lepas tautan lama dengan 'Lepas tautan'; biarkan bila tingkat itu memang tidak ada untuk unit ini.",
							"Link it to a parent one tier up with " + LINK_EN + ", then remove the old link with 'Remove link'; leave it if that tier does not exist for this unit."),
					"fromLevel", "toLevel", "skipped", "parent", "parentName"),
			rule("level-reversal", ERROR, CASCADING,
					t("Arah kontribusi terbalik", "Contribution points downward"),
					t("{Node} berkontribusi ke {parent}, yang berada lebih rendah dalam kaskade.",
							"{Node} contributes to {parent}, which sits lower in the cascade."),
					t("Lepas tautan yang terbalik dengan 'Lepas tautan', lalu pilih induk yang benar dengan " + LINK + ".",
							"Remove the reversed link with 'Remove link', then pick the right parent with " + LINK_EN + "."),
					"fromKind", "fromLevel", "toKind", "toLevel", "parent", "parentName"),
			new ReadinessRule(CYCLE, ERROR, CASCADING, t("Siklus kontribusi", "Contribution cycle"),
					t("Kontribusi berputar dalam siklus {size} simpul: {cycle}.", "Contributions run in a cycle of {size} nodes: {cycle}."),
					t("Lepas salah satu tautan dalam siklus dengan 'Lepas tautan', biasanya yang mengarah ke tingkat yang lebih rendah.",
							"Remove one link of the cycle with 'Remove link', usually the one that points to a lower tier."),
					null, List.of("cycle", "members", "size"), Shape.CYCLES, false, null),
			group("indicator-duplicate", WARNING, CASCADING,
					t("Indikator ganda", "Duplicate indicator"),
					t("{count} indikator bernama sama (\"{name}\") di {region}: {members}.",
							"{count} indicators share the name \"{name}\" in {region}: {members}."),
					t("Bila sama, hapus yang berlebih dengan 'Hapus' dan hubungkan indikator yang tersisa; bila berbeda, bedakan namanya dengan 'Ubah'.",
							"If they are the same, delete the extra ones with 'Delete' and keep one linked; if they differ, tell them apart by name with 'Edit'."),
					null, "normalizedName", "region", "count", "members", "regionName", "places"),
			group("element-duplicate", WARNING, CASCADING,
					t("Elemen ganda", "Duplicate element"),
					t("{count} elemen bernama sama (\"{name}\") di {region}: {members}.",
							"{count} elements share the name \"{name}\" in {region}: {members}."),
					t("Bila sama, pindahkan indikatornya ke satu elemen dengan " + LINK + " lalu hapus yang lain dengan 'Hapus'; bila berbeda, bedakan namanya dengan 'Ubah'.",
							"If they are the same, move their indicators to one with " + LINK_EN + " and delete the others with 'Delete'; if they differ, tell them apart by name with 'Edit'."),
					t("{Kind} ganda", "Duplicate {kind}"),
					"normalizedName", "region", "count", "members", "regionName", "places"),
			rule("output-indicator-too-high", WARNING, IKU,
					t("Indikator output di tingkat PD/Pemda", "Output indicator at agency or region level"),
					t("{Node} adalah indikator keluaran (output) tetapi dipakai di tingkat {level}; IKU Perangkat Daerah/Pemda seharusnya hasil (outcome) atau dampak (impact).",
							"{Node} is an output indicator used at {level} level; the IKU of a Perangkat Daerah or Pemda should be an outcome or impact."),
					t("Ganti dengan indikator hasil dengan 'Ubah' (nama, formula, jenis), atau pindahkan indikator ini ke unit di bawahnya dengan " + LINK + ".",
							"Replace it by an outcome indicator with 'Edit' (name, formula, kind), or move it under a lower unit with " + LINK_EN + "."),
					"level", "indicatorKind", "iku"),
			rule("target-regression", WARNING, TARGET,
					t("Target menurun", "Targets get worse"),
					t("Target {node} memburuk dari tahun ke tahun: {drops} (polaritas: {polarity}).",
							"Targets of {node} get worse year on year: {drops} (polarity: {polarity})."),
					t("Periksa target dan polaritasnya dengan 'Ubah': target seharusnya tidak memburuk, atau polaritasnya makin rendah makin baik.",
							"Check the targets and the polarity with 'Edit': targets should not get worse, or the polarity is lower-is-better."),
					"polarity", "drops"),
			new ReadinessRule("realisasi-missing", WARNING, PENGUKURAN,
					t("Realisasi triwulan belum diisi", "Quarterly realisasi missing"),
					t("{Node} belum memiliki realisasi {missingPeriods} tahun {year}, padahal triwulan itu sudah berakhir.",
							"{Node} has no realisasi for {missingPeriods} of {year}, though those quarters have ended."),
					t("Isi realisasinya dengan 'Isi realisasi' di halaman indikator.",
							"Enter the realisasi with 'Enter realisasi' on the indicator's page."),
					null, List.of("year", "missingPeriods", "quartersEnded"), Shape.FINDING_PER_ROW_FOR_YEAR, true, null),
			new ReadinessRule("capaian-implausible", WARNING, PENGUKURAN,
					t("Capaian tidak wajar", "Implausible capaian"),
					t("Capaian {node} tahun {year} tidak wajar ({reason}): realisasi {realisasi} ({period}) terhadap target {target}, capaian {capaian}.",
							"The capaian of {node} for {year} is implausible ({reason}): realisasi {realisasi} ({period}) against target {target}, capaian {capaian}."),
					t("Periksa realisasi dan target dengan 'Isi realisasi' dan 'Ubah': biasanya angkanya ditulis dalam satuan atau skala lain.",
							"Check the realisasi and the target with 'Enter realisasi' and 'Edit': usually a number was typed in another unit or scale."),
					null, List.of("year", "period", "target", "realisasi", "capaian", "reason"),
					Shape.FINDING_PER_ROW_FOR_YEAR, true, null));

	private Rules() {
	}

	private static Text t(String id, String en) {
		return new Text(id, en);
	}

	private static ReadinessRule rule(String id, Severity severity, LkeCriterion lke, Text title, Text message,
			Text howToFix, String... evidenceKeys) {
		return new ReadinessRule(id, severity, lke, title, message, howToFix, null, List.of(evidenceKeys),
				Shape.FINDING_PER_ROW, true, null);
	}

	/** A rule whose finding is about a group of the scope's nodes: which members there are depends on the scope. */
	private static ReadinessRule group(String id, Severity severity, LkeCriterion lke, Text title, Text message,
			Text howToFix, Text findingTitle, String... evidenceKeys) {
		return new ReadinessRule(id, severity, lke, title, message, howToFix, findingTitle, List.of(evidenceKeys),
				Shape.FINDING_PER_ROW, false, null);
	}

}
