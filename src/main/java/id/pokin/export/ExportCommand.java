package id.pokin.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import id.pokin.cli.CommandArguments;
import id.pokin.cli.PokinCommand;
import id.pokin.node.NodeNotFoundException;
import id.pokin.web.RejectedInput;

import org.springframework.stereotype.Component;

/**
 * {@code java -jar pokin.jar export [--scope ID] [--format xlsx|csv] --out FILE}: writes the export of a unit
 * (a region or a perangkat daerah; without {@code --scope} everything) to FILE, as a workbook or a .zip of
 * CSV files; without {@code --format}, a FILE ending in {@code .zip} gets CSV, any other a workbook. Headers in
 * Bahasa Indonesia unless {@code --lang en}, CSV with commas unless {@code --sep semicolon}, as downloads. Exits 0
 * when the file was written, 1 otherwise.
 */
@Component
class ExportCommand implements PokinCommand {

	private final ExportService service;

	ExportCommand(ExportService service) {
		this.service = service;
	}

	@Override
	public String name() {
		return "export";
	}

	@Override
	public String usage() {
		return "export [--scope ID] [--format xlsx|csv] --out FILE [--lang id|en] [--sep comma|semicolon]  (no scope: everything)";
	}

	@Override
	public int run(List<String> args) {
		PrintStream out = System.out;
		CommandArguments arguments = CommandArguments.parse(args, List.of("scope", "format", "out", "lang", "sep"));
		String file = arguments.value("out", null);
		if (file == null || !arguments.positional().isEmpty()) {
			out.println("Usage: java -jar pokin.jar " + usage());
			return 1;
		}
		ExportFormat format;
		ExportOptions options;
		try {
			format = ExportFormat.named(arguments.value("format",
					file.toLowerCase(Locale.ROOT).endsWith(".zip") ? "csv" : "xlsx"));
			options = ExportOptions.of(arguments.value("lang", null), arguments.value("sep", null));
		}
		catch (IllegalArgumentException ex) {
			out.println(ex.getMessage());
			return 1;
		}
		ExportService.Export export;
		try {
			export = this.service.read(arguments.value("scope", null));
			export.check(format);
		}
		catch (RejectedInput ex) {
			out.println("Nothing exported: " + ex.getMessage() + " / Tidak ada yang diekspor: " + ex.messageInBahasa());
			return 1;
		}
		catch (NodeNotFoundException | IllegalArgumentException ex) {
			out.println("Nothing exported: " + ex.getMessage());
			return 1;
		}
		Path path = Path.of(file);
		try {
			Path folder = path.toAbsolutePath().getParent();
			if (folder != null) {
				Files.createDirectories(folder);
			}
			try (OutputStream stream = Files.newOutputStream(path)) {
				export.write(format, options, stream);
			}
		}
		catch (IOException ex) {
			out.println("Cannot write " + path + ": " + ex);
			return 1;
		}
		out.printf("%s: exported %s%n", path, export.counts());
		return 0;
	}

}
