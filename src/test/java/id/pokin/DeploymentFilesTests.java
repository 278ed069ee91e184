package id.pokin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deployment files, read (no Docker engine needed): the image builds from every path the Maven build reads, and
 * the container, the compose file and {@code ./mvnw spring-boot:run} make a JVM that ran out of heap exit, for a
 * supervisor to restart it, rather than serve on half-dead.
 */
class DeploymentFilesTests {

	private static final Path ROOT = Path.of("").toAbsolutePath();

	/** What the build reads besides the resource folders pom.xml names: the wrapper, the pom, the sources. */
	private static final List<String> ALWAYS_READ = List.of(".mvn", "mvnw", "pom.xml", "src");

	private static final Pattern RESOURCE_DIRECTORY = Pattern.compile("<directory>([^<$]+)</directory>");

	@Test
	void theImageBuildCopiesEveryPathTheMavenBuildReads() throws IOException {
		List<String> read = new ArrayList<>(ALWAYS_READ);
		Matcher directory = RESOURCE_DIRECTORY.matcher(Files.readString(ROOT.resolve("pom.xml")));
		while (directory.find()) {
			read.add(directory.group(1).strip());
		}
		assertThat(read).as("pom.xml resource folders").contains("cypher", "frontend");
		List<String> copied = copiedIntoBuildStage();
		List<String> ignored = dockerIgnored();
		for (String path : read) {
			assertThat(ROOT.resolve(path)).as(path).exists();
			assertThat(copied.stream().anyMatch(source -> covers(source, path)))
				.as("Dockerfile copies '%s' (COPY sources: %s)", path, copied).isTrue();
			assertThat(ignored.stream().noneMatch(pattern -> covers(pattern, path)))
				.as(".dockerignore leaves '%s' in the build context", path).isTrue();
		}
	}

	@Test
	void theContainerExitsOnOutOfMemoryRunsAsAUserAndIsHealthChecked() throws IOException {
		String dockerfile = Files.readString(ROOT.resolve("Dockerfile"));
		String entrypoint = lines(dockerfile, "ENTRYPOINT").get(0);
		assertThat(entrypoint).contains("-XX:+ExitOnOutOfMemoryError").contains("$JAVA_OPTS");
		assertThat(lines(dockerfile, "ENV")).anySatisfy(env -> assertThat(env).contains("JAVA_OPTS").contains("MaxRAMPercentage"));
		assertThat(lines(dockerfile, "USER")).singleElement().satisfies(user -> assertThat(user).doesNotContain("root"));
		assertThat(lines(dockerfile, "HEALTHCHECK")).singleElement().satisfies(check -> assertThat(check).contains("/actuator/health"));
		assertThat(dockerfile).as("the health check's client is installed").contains("install -y --no-install-recommends curl");
	}

	@Test
	@SuppressWarnings("unchecked")
	void composeRestartsTheAppAndChecksItsHealth() throws IOException {
		Map<String, Object> compose = new Yaml().load(Files.readString(ROOT.resolve("docker-compose.yml")));
		Map<String, Object> pokin = (Map<String, Object>) ((Map<String, Object>) compose.get("services")).get("pokin");
		assertThat(pokin.get("restart")).isEqualTo("unless-stopped");
		Map<String, Object> healthcheck = (Map<String, Object>) pokin.get("healthcheck");
		assertThat(healthcheck.get("test").toString()).contains("/actuator/health");
	}

	@Test
	void springBootRunExitsOnOutOfMemoryToo() throws IOException {
		String pom = Files.readString(ROOT.resolve("pom.xml"));
		int plugin = pom.indexOf("<artifactId>spring-boot-maven-plugin</artifactId>");
		String configuration = pom.substring(plugin, pom.indexOf("</plugin>", plugin));
		assertThat(configuration).containsPattern("<jvmArguments>[^<]*-XX:\\+ExitOnOutOfMemoryError");
	}

	/** The sources of every COPY of the build stage (the first FROM up to the next), --from copies left out. */
	private static List<String> copiedIntoBuildStage() throws IOException {
		List<String> sources = new ArrayList<>();
		int stages = 0;
		for (String line : Files.readAllLines(ROOT.resolve("Dockerfile"))) {
			String[] words = line.strip().split("\\s+");
			if (words[0].equalsIgnoreCase("FROM")) {
				stages++;
			}
			else if (stages == 1 && words[0].equalsIgnoreCase("COPY") && !line.contains("--from")) {
				for (int i = 1; i < words.length - 1; i++) {
					if (!words[i].startsWith("--")) {
						sources.add(words[i]);
					}
				}
			}
		}
		return sources;
	}

	private static List<String> dockerIgnored() throws IOException {
		Path ignore = ROOT.resolve(".dockerignore");
		if (!Files.exists(ignore)) {
			return List.of();
		}
		return Files.readAllLines(ignore).stream().map(String::strip)
			.filter(line -> !line.isEmpty() && !line.startsWith("#") && !line.startsWith("!")).toList();
	}

	/** Whether a COPY source (or ignore pattern) takes in the path: the same, a folder above it, or everything. */
	private static boolean covers(String source, String path) {
		String s = source.replaceAll("^\\./|/$", "");
		return s.equals(".") || s.equals("*") || s.equals(path) || path.startsWith(s + "/");
	}

	/** The instructions of that name, each with its continuation lines joined. */
	private static List<String> lines(String dockerfile, String instruction) {
		List<String> found = new ArrayList<>();
		for (String line : dockerfile.replace("\\\n", " ").split("\n")) {
			if (line.strip().startsWith(instruction + " ")) {
				found.add(line.strip());
			}
		}
		return found;
	}

}
