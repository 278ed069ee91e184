package id.pokin.readiness;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import id.pokin.node.CascadeNode;

import org.springframework.stereotype.Service;

/**
 * The readiness report of a scope as the LKE AKIP reads it, for other packages (the KKE working paper): the
 * criteria the rules support, per criterion its rules' counts, how many of the nodes it is about are sound, and
 * its findings. Reads one report of {@link ReadinessService} (the kept one when the graph has not changed): no
 * rule runs twice for it.
 */
@Service
public class LkeFindings {

	/** How many nodes of each kind a scope holds (and how many indicators are IKU or at the top two tiers). */
	private static final String SUBJECTS = """
			CALL () {
			  UNWIND $documents AS document
			  MATCH (n:Node {sourceDocument: document})
			  RETURN n
			  UNION
			  UNWIND $nodes AS id
			  MATCH (n:Node {id: id})
			  RETURN n
			}
			RETURN n.kind AS kind, count(n) AS nodes,
			  count(CASE WHEN n.level IN ['PEMDA', 'PERANGKAT_DAERAH'] THEN 1 END) AS top
			""";

	private final ReadinessService service;

	private final RuleQueries queries;

	LkeFindings(ReadinessService service, RuleQueries queries) {
		this.service = service;
		this.queries = queries;
	}

	/**
	 * The readiness of a unit's scope for a year, by LKE criterion.
	 * @throws id.pokin.node.NodeNotFoundException for an unknown id
	 * @throws IllegalArgumentException for an id that is not a unit's, or a year out of range
	 */
	public Report report(String scope, int year) {
		ReadinessReport report = this.service.check(scope, year);
		ReadinessScope covered = report.readinessScope();
		Map<String, Long> kinds = new HashMap<>();
		long[] topIndicators = { 0 };
		this.queries.rows(SUBJECTS, Map.of("documents", covered.documents(), "nodes", covered.nodes())).forEach(row -> {
			kinds.put((String) row.get("kind"), ((Number) row.get("nodes")).longValue());
			if ("INDIKATOR".equals(row.get("kind"))) {
				topIndicators[0] = ((Number) row.get("top")).longValue();
			}
		});
		Map<LkeCriterion, List<RuleCount>> rules = new LinkedHashMap<>();
		Map<LkeCriterion, Set<String>> faulty = new LinkedHashMap<>();
		for (LkeCriterion criterion : LkeCriterion.values()) {
			rules.put(criterion, new ArrayList<>());
			faulty.put(criterion, new HashSet<>());
		}
		report.hits().forEach((rule, hits) -> {
			if (rule.lke() == null) {
				return;
			}
			rules.get(rule.lke()).add(new RuleCount(rule.id(), rule.severity().name(), rule.title().id(),
					rule.title().en(), hits.total()));
			if (rule.severity() != Severity.INFO) {
				for (int i = 0; i < hits.size(); i++) {
					faulty.get(rule.lke()).add(hits.node(i));
				}
			}
		});
		List<Criterion> criteria = new ArrayList<>();
		for (LkeCriterion criterion : LkeCriterion.values()) {
			if (rules.get(criterion).isEmpty()) {
				continue;
			}
			long subjects = subjects(criterion, kinds, topIndicators[0]);
			criteria.add(new Criterion(criterion.code(), criterion.component(), criterion.subComponent(),
					criterion.criterion(), List.copyOf(rules.get(criterion)), subjects,
					Math.min(subjects, faulty.get(criterion).size())));
		}
		CascadeNode root = report.scope();
		return new Report(root == null ? null : root.id(), root == null ? null : root.name(), year,
				report.checkedNodes(), report.score(), List.copyOf(criteria), report);
	}

	/** The nodes a criterion is about: what its rules look at. */
	private static long subjects(LkeCriterion criterion, Map<String, Long> kinds, long topIndicators) {
		long indicators = kinds.getOrDefault("INDIKATOR", 0L);
		long elements = kinds.getOrDefault("TUJUAN", 0L) + kinds.getOrDefault("SASARAN", 0L)
				+ kinds.getOrDefault("KONDISI", 0L);
		long units = kinds.getOrDefault("UNIT", 0L);
		return switch (criterion) {
			case CASCADING -> elements + indicators;
			case INDIKATOR -> elements + indicators;
			case IKU -> topIndicators;
			case TARGET, DEFINISI_OPERASIONAL, PENGUKURAN -> indicators;
			case PENANGGUNG_JAWAB -> units + elements + indicators;
		};
	}

	/** A scope's readiness by criterion, and its findings. */
	public static final class Report {

		private final String scopeId;

		private final String scopeName;

		private final int year;

		private final int checkedNodes;

		private final double score;

		private final List<Criterion> criteria;

		private final ReadinessReport report;

		Report(String scopeId, String scopeName, int year, int checkedNodes, double score, List<Criterion> criteria,
				ReadinessReport report) {
			this.scopeId = scopeId;
			this.scopeName = scopeName;
			this.year = year;
			this.checkedNodes = checkedNodes;
			this.score = score;
			this.criteria = criteria;
			this.report = report;
		}

		/** The unit, null for the whole graph. */
		public String scopeId() {
			return this.scopeId;
		}

		public String scopeName() {
			return this.scopeName;
		}

		/** The year under evaluation. */
		public int year() {
			return this.year;
		}

		/** Units, elements and indicators in scope. */
		public int checkedNodes() {
			return this.checkedNodes;
		}

		/** The readiness score, 0-100. */
		public double score() {
			return this.score;
		}

		/** The criteria with at least one rule, in the LKE's order. */
		public List<Criterion> criteria() {
			return this.criteria;
		}

		/** Every finding, in report order (errors first), built a chunk at a time. */
		public void forEachFinding(Consumer<FindingRow> action) {
			this.report.forEachFinding(finding -> action.accept(new FindingRow(finding.rule(), finding.severity().name(),
					finding.lke() == null ? null : finding.lke().code(), finding.node().id(), finding.node().name(),
					finding.node().kind().name(), finding.node().level() == null ? null : finding.node().level().name(),
					finding.message().id(), finding.evidenceText(), titleOf(finding.rule()))));
		}

		private static String titleOf(String rule) {
			return Rules.ALL.stream().filter(r -> r.id().equals(rule)).findFirst().map(r -> r.title().id()).orElse(rule);
		}

	}

	/**
	 * One LKE criterion the rules support.
	 *
	 * @param code its code ({@code CASCADING})
	 * @param component the LKE component ({@code Perencanaan Kinerja})
	 * @param subComponent the sub-component ({@code Kualitas})
	 * @param criterion the criterion, paraphrased
	 * @param rules the rules that test it, with their number of findings
	 * @param subjects how many nodes of the scope it is about
	 * @param faulty how many of them have an ERROR or WARNING finding of its rules
	 */
	public record Criterion(String code, String component, String subComponent, String criterion,
			List<RuleCount> rules, long subjects, long faulty) {

		/** Findings of ERROR or WARNING severity. */
		public int serious() {
			return this.rules.stream().filter(r -> !"INFO".equals(r.severity())).mapToInt(RuleCount::findings).sum();
		}

		/** The share of its nodes without such a finding, 1 when it is about none. */
		public double share() {
			return this.subjects == 0 ? 1.0 : (double) (this.subjects - this.faulty) / this.subjects;
		}

	}

	/** One rule of a criterion and its number of findings. */
	public record RuleCount(String rule, String severity, String titleId, String titleEn, int findings) {
	}

	/** One finding as text: what was found, on which node, and why. */
	public record FindingRow(String rule, String severity, String criterion, String nodeId, String nodeName,
			String nodeKind, String nodeLevel, String messageId, String evidence, String ruleTitleId) {
	}

}
