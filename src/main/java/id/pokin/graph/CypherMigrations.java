package id.pokin.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Applies the Cypher files under {@code cypher/migrations} in version order, each once, and records
 * what was applied as {@code (:PokinMigration)} nodes. A file whose text changed after it was applied is
 * refused: a migration is a fact about the store, fix forward with a new file instead.
 * (neo4j-migrations, the usual library for this, is not served on our registry.)
 */
public class CypherMigrations {

	private static final Logger log = LoggerFactory.getLogger(CypherMigrations.class);

	private static final Pattern FILE_NAME = Pattern.compile("V(\\d+)__(.+)\\.cypher");

	private static final String LOCATION = "classpath*:cypher/migrations/*.cypher";

	private final Driver driver;

	public CypherMigrations(Driver driver) {
		this.driver = driver;
	}

	/** Applies pending migrations and returns how many were applied. */
	public int apply() {
		List<Migration> migrations = load();
		try (Session session = this.driver.session()) {
			session.run("CREATE CONSTRAINT pokin_migration_version IF NOT EXISTS "
					+ "FOR (m:PokinMigration) REQUIRE m.version IS UNIQUE").consume();
			Map<Integer, String> applied = new HashMap<>();
			session.run("MATCH (m:PokinMigration) RETURN m.version AS version, m.checksum AS checksum")
				.forEachRemaining(r -> applied.put(r.get("version").asInt(), r.get("checksum").asString()));
			int count = 0;
			for (Migration migration : migrations) {
				String checksum = applied.get(migration.version());
				if (checksum != null) {
					if (!checksum.equals(migration.checksum())) {
						throw new IllegalStateException("Migration " + migration.fileName()
								+ " changed after it was applied; add a new migration instead of editing it");
					}
					continue;
				}
				for (String statement : migration.statements()) {
					session.run(statement).consume();
				}
				session.run("""
						MERGE (m:PokinMigration {version: $version})
						SET m.description = $description, m.checksum = $checksum, m.appliedAt = datetime()
						""", Map.of("version", migration.version(), "description", migration.description(),
						"checksum", migration.checksum()))
					.consume();
				log.info("Applied Cypher migration {}", migration.fileName());
				count++;
			}
			return count;
		}
	}

	static List<Migration> load() {
		try {
			Resource[] resources = new PathMatchingResourcePatternResolver().getResources(LOCATION);
			List<Migration> migrations = new ArrayList<>();
			for (Resource resource : resources) {
				Matcher name = FILE_NAME.matcher(resource.getFilename());
				if (!name.matches()) {
					throw new IllegalStateException("Cypher migration file name must look like V001__what.cypher: "
							+ resource.getFilename());
				}
				String text = resource.getContentAsString(StandardCharsets.UTF_8);
				migrations.add(new Migration(Integer.parseInt(name.group(1)), name.group(2).replace('_', ' '),
						resource.getFilename(), checksum(text), statements(text)));
			}
			migrations.sort(Comparator.comparingInt(Migration::version));
			for (int i = 1; i < migrations.size(); i++) {
				if (migrations.get(i).version() == migrations.get(i - 1).version()) {
					throw new IllegalStateException("Two Cypher migrations share version "
							+ migrations.get(i).version());
				}
			}
			return migrations;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read Cypher migrations", ex);
		}
	}

	/** Statements end with a semicolon at the end of a line; lines starting with // are comments. */
	static List<String> statements(String text) {
		String withoutComments = text.lines()
			.filter(line -> !line.strip().startsWith("//"))
			.collect(java.util.stream.Collectors.joining("\n"));
		return Arrays.stream(withoutComments.split(";\\s*(\\n|$)"))
			.map(String::strip)
			.filter(s -> !s.isEmpty())
			.toList();
	}

	private static String checksum(String text) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	record Migration(int version, String description, String fileName, String checksum, List<String> statements) {
	}

}
