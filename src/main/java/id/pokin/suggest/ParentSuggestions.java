package id.pokin.suggest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.pokin.node.CascadeNode;
import id.pokin.node.Level;
import id.pokin.node.NodeKind;
import id.pokin.node.NodeMapper;
import id.pokin.web.InputLimits;

import org.springframework.stereotype.Service;

/**
 * The likeliest parents of an element or indicator: candidates from one query ({@link SuggestionQueries}), scored
 * in Java ({@link Scoring}), best first.
 */
@Service
class ParentSuggestions {

	/** Full-text matches kept per request: enough for the right parent to be among them when its name is near. */
	static final int TEXT_CANDIDATES = 30;

	/**
	 * Full-text matches read from the index before the region is applied: bounds the work on a common word (a
	 * region's names share many) while a national graph still leaves the region's best among them.
	 */
	static final int TEXT_HITS = 300;

	/**
	 * Rows of the document read on each side of the node for its neighbours and the element above it: every request
	 * costs the same however long the document, and a neighbour further away than this says little.
	 */
	static final int WINDOW = 200;

	/** Elements between the parents of the rows around the node: a wider gap says little about any one of them. */
	static final int BETWEEN_CANDIDATES = 20;

	/** Words of the name sent to the full-text index: a long name's first words carry its subject. */
	static final int QUERY_WORDS = 12;

	private static final Map<String, Object> LEVELS;

	static {
		Map<String, Object> levels = new HashMap<>();
		for (Level level : Level.values()) {
			levels.put(level.name(), (long) level.rank());
		}
		LEVELS = Map.copyOf(levels);
	}

	private final SuggestionQueries queries;

	ParentSuggestions(SuggestionQueries queries) {
		this.queries = queries;
	}

	List<ParentSuggestion> of(String id, int first) {
		if (id == null || !InputLimits.ID.matcher(id).matches()) {
			throw SuggestionRefused.notFound(id);
		}
		Map<String, Object> row = this.queries.node(id);
		if (row == null) {
			throw SuggestionRefused.notFound(id);
		}
		Scoring.Subject subject = Scoring.Subject.of(row);
		if (subject.node().kind() == NodeKind.UNIT) {
			throw SuggestionRefused.unit(id);
		}
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("id", id);
		parameters.put("text", Names.query(subject.node().name(), QUERY_WORDS));
		parameters.put("units", subject.units().stream().map(Scoring.UnitRef::id).toList());
		parameters.put("parentUnits", subject.parentUnits().stream().map(Scoring.UnitRef::id).toList());
		parameters.put("codeKeys", subject.codes() == null ? List.of() : List.copyOf(subject.codes().ancestorKeys()));
		parameters.put("levels", LEVELS);
		parameters.put("textLimit", TEXT_CANDIDATES);
		parameters.put("textHits", TEXT_HITS);
		parameters.put("window", WINDOW);
		parameters.put("between", BETWEEN_CANDIDATES);
		List<Scoring.Candidate> candidates = new ArrayList<>();
		for (Map<String, Object> candidate : this.queries.candidates(parameters)) {
			candidates.add(Scoring.Candidate.of(candidate));
		}
		List<ParentSuggestion> scored = new ArrayList<>(Scoring.score(subject, candidates));
		scored.sort(Comparator.comparingDouble(ParentSuggestion::score).reversed()
			.thenComparing(s -> s.node().id()));
		return List.copyOf(scored.subList(0, Math.min(first, scored.size())));
	}

	static CascadeNode node(Object projected) {
		@SuppressWarnings("unchecked")
		Map<String, Object> map = (Map<String, Object>) projected;
		return NodeMapper.toNode(map);
	}

}
