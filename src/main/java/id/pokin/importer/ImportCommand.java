package id.pokin.importer;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import id.pokin.cli.PokinCommand;

import org.springframework.stereotype.Component;

/**
 * {@code java -jar pokin.jar import PATH [PATH...]}: imports each path (an .xlsx workbook, a folder of CSV
 * files or a .zip of them) on its own, all or nothing, through the same checks as an upload
 * ({@link ImportService}), prints a summary or the first errors and how many more, one per line as
 * {@code sheet:row:column CODE message}, and exits with 0 when every path was imported, 1 otherwise.
 */
@Component
public class ImportCommand implements PokinCommand {

	private final ImportService service;

	ImportCommand(ImportService service) {
		this.service = service;
	}

	@Override
	public String name() {
		return "import";
	}

	@Override
	public String usage() {
		return "import PATH [PATH...]  (PATH: an .xlsx workbook, a folder of CSV files or a .zip of them)";
	}

	@Override
	public int run(List<String> args) {
		PrintStream out = System.out;
		List<String> paths = args.stream().filter(arg -> !arg.startsWith("--")).toList();
		if (paths.isEmpty()) {
			out.println("Usage: java -jar pokin.jar " + usage());
			return 1;
		}
		boolean allImported = true;
		for (String path : paths) {
			ImportResult result = this.service.importFile(ImportFile.read(Path.of(path)), "import command (" + System.getProperty("user.name") + ")");
			if (result.isImported()) {
				ImportSummary s = result.summary();
				out.printf("%s: imported %d documents, %d units, %d elements, %d indicators"
						+ " (%d created, %d updated, %d unchanged)%n", path, s.documents(), s.units(), s.elements(),
						s.indicators(), s.created(), s.updated(), s.unchanged());
			}
			else {
				allImported = false;
				out.printf("%s: %d errors, nothing imported / %d kesalahan, tidak ada yang diimpor%n", path,
						result.errorCount(), result.errorCount());
				result.errors().forEach(error -> out.println(line(error)));
				if (result.moreErrors() > 0) {
					out.printf("... and %d more errors, not listed: correct these first / dan %d kesalahan lagi, tidak"
							+ " ditampilkan: perbaiki yang di atas dahulu%n", result.moreErrors(), result.moreErrors());
				}
			}
		}
		return allImported ? 0 : 1;
	}

	public static String line(ImportError error) {
		return "%s:%s:%s %s %s / %s".formatted(orDash(error.sheet()), orDash(error.row()), orDash(error.column()),
				error.code(), error.message().id(), error.message().en());
	}

	private static String orDash(Object value) {
		return value == null ? "-" : value.toString();
	}

}
