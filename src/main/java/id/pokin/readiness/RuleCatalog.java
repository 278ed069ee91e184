package id.pokin.readiness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import id.pokin.node.Level;
import id.pokin.node.NodeKind;
import id.pokin.readiness.ReadinessProperties.RuleSettings;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The rules that run, with their configured severity and their Cypher read from {@code cypher/readiness/}.
 * Unknown rule ids and top levels in the configuration stop the start-up: a typo must not switch nothing off.
 */
@Component
class RuleCatalog {

	private final List<ReadinessRule> enabled;

	private final String topLevel;

	private final List<ReadinessRule> stored;

	private final String storedVersion;

	/** The queries that flag the nodes a rule reading the stored flags can find, where no stored rule does. */
	private final List<String> candidates;

	private final List<String> topKinds;

	private final List<String> topLevels;

	RuleCatalog(ReadinessProperties properties) {
		Set<String> ids = Rules.ALL.stream().map(ReadinessRule::id).collect(Collectors.toSet());
		List<String> unknown = properties.rules().keySet().stream().filter(id -> !ids.contains(id)).sorted().toList();
		if (!unknown.isEmpty()) {
			throw new IllegalStateException("pokin.readiness.rules: unknown rule id(s) " + unknown + "; known: "
					+ Rules.ALL.stream().map(ReadinessRule::id).toList());
		}
		this.topLevel = topLevel(properties.topLevel());
		this.topKinds = kindsAtOrAbove(this.topLevel);
		this.topLevels = levelsAtOrAbove(this.topLevel);
		List<ReadinessRule> rules = new ArrayList<>();
		List<ReadinessRule> stored = new ArrayList<>();
		for (ReadinessRule rule : Rules.ALL) {
			ReadinessRule withQuery = rule.withCypher(cypher(rule.id()));
			withQuery.query(); // a query not in the expected form stops the start-up
			withQuery.checkStoredForm();
			if (withQuery.stored()) {
				stored.add(withQuery);
			}
			RuleSettings settings = properties.rules().get(rule.id());
			if (settings != null && !settings.enabled()) {
				continue;
			}
			rules.add(settings != null && settings.severity() != null ? withQuery.withSeverity(settings.severity())
					: withQuery);
		}
		this.enabled = List.copyOf(rules);
		this.stored = List.copyOf(stored);
		this.candidates = Rules.READ_STORED.stream().sorted().map(RuleCatalog::candidates).filter(Objects::nonNull).toList();
		this.storedVersion = version(this.stored, this.candidates);
	}

	List<ReadinessRule> enabled() {
		return this.enabled;
	}

	/** The rules whose verdicts are kept in the graph, enabled or not ({@link StoredFindings}). */
	List<ReadinessRule> stored() {
		return this.stored;
	}

	/**
	 * Names the stored rules' queries as they are: a document checked with other queries (an earlier release) is
	 * checked again.
	 */
	String storedVersion() {
		return this.storedVersion;
	}

	/** Queries ({@code id}: a node to flag) that checking a document runs besides the stored rules' node forms. */
	List<String> candidates() {
		return this.candidates;
	}

	private static String version(List<ReadinessRule> rules, List<String> candidates) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (ReadinessRule rule : rules) {
				digest.update((rule.id() + "\n" + rule.cypher() + "\n").getBytes(StandardCharsets.UTF_8));
			}
			for (String candidate : candidates) {
				digest.update((candidate + "\n").getBytes(StandardCharsets.UTF_8));
			}
			return HexFormat.of().formatHex(digest.digest(), 0, 8);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	String topLevel() {
		return this.topLevel;
	}

	/** The element kinds that count as the top: a Tujuan is above a Sasaran or a condition. Empty for a level. */
	List<String> topKinds() {
		return this.topKinds;
	}

	/** The levels that count as the top: the configured one and those above it. Empty for a kind. */
	List<String> topLevels() {
		return this.topLevels;
	}

	private static List<String> kindsAtOrAbove(String top) {
		if (Stream.of(NodeKind.values()).noneMatch(kind -> kind.isElement() && kind.name().equals(top))) {
			return List.of();
		}
		return top.equals(NodeKind.TUJUAN.name()) ? List.of(top) : List.of(NodeKind.TUJUAN.name(), top);
	}

	private static List<String> levelsAtOrAbove(String top) {
		return Stream.of(Level.values())
			.filter(level -> level.name().equals(top))
			.findFirst()
			.map(configured -> Stream.of(Level.values())
				.filter(level -> level.rank() <= configured.rank())
				.map(Enum::name)
				.toList())
			.orElse(List.of());
	}

	private static String topLevel(String value) {
		Set<String> allowed = Stream.concat(Stream.of(NodeKind.values()).filter(NodeKind::isElement).map(Enum::name),
				Stream.of(Level.values()).map(Enum::name)).collect(Collectors.toSet());
		if (value == null || !allowed.contains(value)) {
			throw new IllegalStateException("pokin.readiness.top-level must be an element kind or a level, one of "
					+ allowed.stream().sorted().toList() + ", was " + value);
		}
		return value;
	}

	/** The query that flags a rule's candidates, {@code cypher/readiness/candidates/<id>.cypher}; null for none. */
	private static String candidates(String ruleId) {
		ClassPathResource file = new ClassPathResource("cypher/readiness/candidates/" + ruleId + ".cypher");
		return file.exists() ? read(file) : null;
	}

	private static String cypher(String id) {
		return read(new ClassPathResource("cypher/readiness/" + id + ".cypher"));
	}

	private static String read(ClassPathResource file) {
		try {
			return file.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file.getPath(), ex);
		}
	}

}
