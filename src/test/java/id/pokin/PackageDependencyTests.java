package id.pokin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Arrows point from features to the kernel and the infrastructure, never back and never sideways (ARCHITECTURE.md,
 * "Dependencies between packages"). Read from the main sources' import lines, so no library is needed; a
 * fully-qualified name in code is not seen, which review has to catch.
 */
class PackageDependencyTests {

	private static final Path SOURCES = Path.of("src/main/java/id/pokin");

	private static final Pattern IMPORT = Pattern.compile("^import (?:static )?id\\.pokin\\.([a-z]+)\\.",
			Pattern.MULTILINE);

	/** The node model every feature shares. */
	private static final Set<String> KERNEL = Set.of("node");

	/** What features stand on; these packages may use each other and the kernel, never a feature. */
	private static final Set<String> INFRASTRUCTURE = Set.of("web", "graph", "embedded", "coordination", "cli", "pdf",
			"xlsx");

	/**
	 * Feature-to-feature arrows that remain, each said in ARCHITECTURE.md: "from -> to". A new one belongs in the
	 * kernel or in the list (and the document) with its reason.
	 */
	private static final Set<String> ALLOWED = Set.of("kke -> readiness", "kke -> matriks", "capaian -> editing",
			"capaian -> audit", "editing -> audit", "importer -> audit", "capaian -> security",
			"editing -> security", "capaian -> trace", "browse -> trace", "importer -> capaian",
			"export -> capaian", "generator -> capaian", "capaian -> sheet", "editing -> sheet", "readiness -> sheet",
			"importer -> sheet", "export -> sheet", "dataset -> sheet", "dataset -> importer");

	@Test
	void kernelAndInfrastructureImportNoFeature() throws IOException {
		List<Arrow> arrows = arrows();
		assertThat(arrows).as("import lines read from " + SOURCES.toAbsolutePath()).isNotEmpty();
		List<String> offending = new ArrayList<>();
		for (Arrow arrow : arrows) {
			boolean lower = KERNEL.contains(arrow.from()) || INFRASTRUCTURE.contains(arrow.from());
			boolean toFeature = !KERNEL.contains(arrow.to()) && !INFRASTRUCTURE.contains(arrow.to());
			if (lower && toFeature) {
				offending.add(arrow.toString());
			}
		}
		assertThat(offending).as("kernel or infrastructure importing a feature").isEmpty();
	}

	@Test
	void featuresImportOtherFeaturesOnlyAsDocumented() throws IOException {
		List<String> offending = new ArrayList<>();
		for (Arrow arrow : arrows()) {
			boolean fromFeature = !KERNEL.contains(arrow.from()) && !INFRASTRUCTURE.contains(arrow.from());
			boolean toFeature = !KERNEL.contains(arrow.to()) && !INFRASTRUCTURE.contains(arrow.to());
			if (fromFeature && toFeature && !ALLOWED.contains(arrow.from() + " -> " + arrow.to())) {
				offending.add(arrow.toString());
			}
		}
		assertThat(offending).as("feature importing another feature, not in the documented exceptions").isEmpty();
	}

	private static List<Arrow> arrows() throws IOException {
		List<Arrow> arrows = new ArrayList<>();
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".java")).toList()) {
				Path relative = SOURCES.relativize(file);
				if (relative.getNameCount() < 2) {
					continue; // the application class wires everything
				}
				String from = relative.getName(0).toString();
				Matcher matcher = IMPORT.matcher(Files.readString(file));
				while (matcher.find()) {
					String to = matcher.group(1);
					if (!to.equals(from)) {
						arrows.add(new Arrow(from, to, relative + ": " + matcher.group()));
					}
				}
			}
		}
		return arrows;
	}

	private record Arrow(String from, String to, String where) {

		@Override
		public String toString() {
			return this.where;
		}

	}

}
