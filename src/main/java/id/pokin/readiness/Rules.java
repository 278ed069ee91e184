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

	static final List<ReadinessRule> ALL = List.of(
			rule("indicator-unlinked", ERROR, CASCADING,
					"Indikator tidak terhubung", "Unlinked indicator",
					"Indikator \"{name}\" tidak berkontribusi ke sasaran atau kondisi mana pun (tidak ada CONTRIBUTES_TO).",
					"Indicator \"{name}\" contributes to no sasaran or condition (no CONTRIBUTES_TO link).",
					"responsibleUnits"),
			rule("indicator-below-top", WARNING, CASCADING,
					"Rantai kinerja berhenti di bawah puncak", "Chain stops below the top",
					"Rantai kontribusi indikator \"{name}\" berhenti di {stops} dan tidak mencapai {top}.",
					"The contribution chain of indicator \"{name}\" stops at {stops} and never reaches {top}.",
					"stops", "top"),
			rule("element-unmeasured", ERROR, INDIKATOR,
					"Sasaran tanpa indikator", "Element without an indicator",
					"\"{name}\" ({kind}) tidak diukur oleh indikator kinerja apa pun.",
					"\"{name}\" ({kind}) is measured by no performance indicator.",
					"kind", "contributingElements"),
			rule("responsible-unit-missing", WARNING, PENANGGUNG_JAWAB,
					"Tanpa penanggung jawab", "No responsible unit",
					"\"{name}\" ({kind}) tidak memiliki unit penanggung jawab. Unit di atasnya: {unitsAbove}.",
					"\"{name}\" ({kind}) has no responsible unit. Units above it: {unitsAbove}.",
					"kind", "unitsAbove"),
			rule("unit-idle", WARNING, PENANGGUNG_JAWAB,
					"Unit tanpa kinerja", "Unit answers for nothing",
					"Unit \"{name}\" ({level}) tidak bertanggung jawab atas sasaran atau indikator apa pun.",
					"Unit \"{name}\" ({level}) answers for no sasaran or indicator.",
					"level", "partOf"),
			rule("indicator-incomplete", WARNING, DEFINISI_OPERASIONAL,
					"Indikator belum lengkap", "Incomplete indicator",
					"Indikator \"{name}\" belum memiliki: {missing}.",
					"Indicator \"{name}\" lacks: {missing}.",
					"missing"),
			rule("target-missing", WARNING, TARGET,
					"Target tahunan belum lengkap", "Yearly targets missing",
					"Indikator \"{name}\" tidak memiliki target untuk tahun {missingYears} (periode rencana {planPeriod}; target yang ada: {targetYears}).",
					"Indicator \"{name}\" has no target for {missingYears} (plan period {planPeriod}; targets given: {targetYears}).",
					"missingYears", "targetYears", "planPeriod"),
			new ReadinessRule("target-missing-year", ERROR, TARGET,
					new Text("Tanpa target tahun evaluasi", "No target for the year under evaluation"),
					new Text("Indikator \"{name}\" tidak memiliki target untuk tahun {year} yang dievaluasi (target yang ada: {targetYears}).",
							"Indicator \"{name}\" has no target for {year}, the year under evaluation (targets given: {targetYears})."),
					List.of("year", "targetYears", "planPeriod"), Shape.FINDING_PER_ROW_FOR_YEAR, true, null),
			rule("baseline-missing", INFO, TARGET,
					"Tanpa kondisi awal", "No baseline",
					"Indikator \"{name}\" tidak memiliki kondisi awal (baseline).",
					"Indicator \"{name}\" has no baseline (kondisi awal)."),
			rule("satuan-formula-mismatch", WARNING, INDIKATOR,
					"Satuan, formula dan nama tidak konsisten", "Satuan, formula and name disagree",
					"Indikator \"{name}\": satuan \"{satuan}\" tidak sesuai dengan formula atau namanya ({reasons}).",
					"Indicator \"{name}\": satuan \"{satuan}\" does not match its formula or name ({reasons}).",
					"reasons", "satuan", "formula"),
			rule("level-skip", WARNING, CASCADING,
					"Melompati level", "Level skipped",
					"\"{name}\" ({fromLevel}) berkontribusi langsung ke \"{parentName}\" ({toLevel}) dan melewati level {skipped}.",
					"\"{name}\" ({fromLevel}) contributes straight to \"{parentName}\" ({toLevel}), skipping {skipped}.",
					"fromLevel", "toLevel", "skipped", "parent", "parentName"),
			rule("level-reversal", ERROR, CASCADING,
					"Arah kontribusi terbalik", "Contribution points downward",
					"\"{name}\" ({fromKind}, {fromLevel}) berkontribusi ke \"{parentName}\" ({toKind}, {toLevel}) yang berada lebih rendah dalam cascade.",
					"\"{name}\" ({fromKind}, {fromLevel}) contributes to \"{parentName}\" ({toKind}, {toLevel}), which sits lower in the cascade.",
					"fromKind", "fromLevel", "toKind", "toLevel", "parent", "parentName"),
			new ReadinessRule(CYCLE, ERROR, CASCADING, new Text("Siklus kontribusi", "Contribution cycle"),
					new Text("Siklus CONTRIBUTES_TO ({size} simpul): {cycle}.", "CONTRIBUTES_TO cycle ({size} nodes): {cycle}."),
					List.of("cycle", "members", "size"), Shape.CYCLES, false, null),
			group("indicator-duplicate", WARNING, CASCADING,
					"Indikator ganda", "Duplicate indicator",
					"Indikator \"{normalizedName}\" muncul {count} kali di wilayah {region}: {members}.",
					"Indicator \"{normalizedName}\" appears {count} times in region {region}: {members}.",
					"normalizedName", "region", "count", "members"),
			group("element-duplicate", WARNING, CASCADING,
					"Sasaran ganda", "Duplicate element",
					"\"{normalizedName}\" muncul {count} kali di wilayah {region}: {members}.",
					"\"{normalizedName}\" appears {count} times in region {region}: {members}.",
					"normalizedName", "region", "count", "members"),
			rule("output-indicator-too-high", WARNING, IKU,
					"Indikator output di level PD/Pemda", "Output indicator at PD/Pemda level",
					"\"{name}\" adalah indikator output tetapi dipakai di level {level}; IKU Perangkat Daerah/Pemda seharusnya outcome atau impact.",
					"\"{name}\" is an output indicator used at {level} level; the IKU of a Perangkat Daerah or Pemda should be an outcome or impact.",
					"level", "indicatorKind", "iku"),
			rule("target-regression", WARNING, TARGET,
					"Target menurun", "Targets get worse",
					"Target indikator \"{name}\" memburuk dari tahun ke tahun: {drops} (polaritas {polarity}).",
					"Targets of \"{name}\" get worse year on year: {drops} (polarity {polarity}).",
					"polarity", "drops"),
			new ReadinessRule("realisasi-missing", WARNING, PENGUKURAN,
					new Text("Realisasi triwulan belum diisi", "Quarterly realisasi missing"),
					new Text("Indikator \"{name}\" belum memiliki realisasi {missingPeriods} tahun {year}, padahal triwulan itu sudah berakhir.",
							"Indicator \"{name}\" has no realisasi for {missingPeriods} of {year}, though those quarters have ended."),
					List.of("year", "missingPeriods", "quartersEnded"), Shape.FINDING_PER_ROW_FOR_YEAR, true, null),
			new ReadinessRule("capaian-implausible", WARNING, PENGUKURAN,
					new Text("Capaian tidak wajar", "Implausible capaian"),
					new Text("Capaian indikator \"{name}\" tahun {year} tidak wajar ({reason}): realisasi {realisasi} ({period}) terhadap target {target}, capaian {capaian}.",
							"The capaian of \"{name}\" for {year} is implausible ({reason}): realisasi {realisasi} ({period}) against target {target}, capaian {capaian}."),
					List.of("year", "period", "target", "realisasi", "capaian", "reason"), Shape.FINDING_PER_ROW_FOR_YEAR,
					true, null));

	private Rules() {
	}

	private static ReadinessRule rule(String id, Severity severity, LkeCriterion lke, String titleId, String titleEn,
			String messageId, String messageEn, String... evidenceKeys) {
		return new ReadinessRule(id, severity, lke, new Text(titleId, titleEn), new Text(messageId, messageEn),
				List.of(evidenceKeys), Shape.FINDING_PER_ROW, true, null);
	}

	/** A rule whose finding is about a group of the scope's nodes: which members there are depends on the scope. */
	private static ReadinessRule group(String id, Severity severity, LkeCriterion lke, String titleId, String titleEn,
			String messageId, String messageEn, String... evidenceKeys) {
		return new ReadinessRule(id, severity, lke, new Text(titleId, titleEn), new Text(messageId, messageEn),
				List.of(evidenceKeys), Shape.FINDING_PER_ROW, false, null);
	}

}
