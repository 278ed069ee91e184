package id.pokin.readiness;

import java.io.PrintStream;
import java.util.List;

import id.pokin.node.NodeNotFoundException;

import id.pokin.cli.PokinCommand;

import org.springframework.stereotype.Component;

/**
 * {@code java -jar pokin.jar readiness [--scope ID] [--year N] [--lang id|en]}: prints the findings as a table (as
 * they are built, so a whole national graph prints in bounded memory) and
 * exits 1 when there are ERROR findings, so a region can run it in its own checks; 2 for a wrong command line or
 * an unknown scope; 0 otherwise.
 */
@Component
class ReadinessCommand implements PokinCommand {

	static final String NAME = "readiness";

	static final int OK = 0;

	static final int ERRORS_FOUND = 1;

	static final int USAGE = 2;

	private static final String HELP = "usage: readiness [--scope UNIT_ID] [--year YEAR] [--lang id|en]";

	private final ReadinessService service;

	ReadinessCommand(ReadinessService service) {
		this.service = service;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public String usage() {
		return HELP.substring("usage: ".length());
	}

	@Override
	public int run(List<String> args) {
		return execute(args, System.out);
	}

	int execute(List<String> args, PrintStream out) {
		Options options;
		try {
			options = Options.parse(args);
		}
		catch (IllegalArgumentException ex) {
			out.println(ex.getMessage());
			out.println(HELP);
			return USAGE;
		}
		ReadinessReport report;
		try {
			report = this.service.check(options.scope(), options.year());
		}
		catch (NodeNotFoundException | IllegalArgumentException ex) {
			out.println(ex.getMessage());
			return USAGE;
		}
		print(report, options.language(), out);
		return report.count(Severity.ERROR) > 0 ? ERRORS_FOUND : OK;
	}

	/**
	 * The findings as a table, printed as they are built (a chunk of nodes at a time); the column widths come from
	 * the rule ids and the node ids at fault, known before any finding is built.
	 */
	private static void print(ReadinessReport report, String language, PrintStream out) {
		int severity = "SEVERITY".length();
		int rule = Math.max("RULE".length(), report.byRule().stream().mapToInt(r -> r.rule().length()).max().orElse(0));
		int node = Math.max("NODE".length(), report.longestNodeId());
		String format = "%-" + severity + "s  %-" + rule + "s  %-" + node + "s  %s";
		out.println(String.format(format, "SEVERITY", "RULE", "NODE", "MESSAGE").stripTrailing());
		report.forEachFinding(finding -> out.println(String.format(format, finding.severity().name(), finding.rule(),
				finding.node().id(), finding.message().in(language)).stripTrailing()));
		String scope = report.scope() == null ? ("en".equals(language) ? "whole graph" : "seluruh graf")
				: report.scope().name() + " (" + report.scope().id() + ")";
		out.println();
		out.println(("en".equals(language) ? "Readiness score %s for %s%s: %d ERROR, %d WARNING, %d INFO on %d nodes"
				: "Skor kesiapan %s untuk %s%s: %d ERROR, %d WARNING, %d INFO dari %d simpul")
			.formatted(report.score(), scope, report.year() == null ? "" : ", " + report.year(),
					report.count(Severity.ERROR), report.count(Severity.WARNING), report.count(Severity.INFO),
					report.checkedNodes()));
	}

	record Options(String scope, Integer year, String language) {

		static Options parse(List<String> args) {
			String scope = null;
			Integer year = null;
			String language = "id";
			for (int i = 0; i < args.size(); i++) {
				String arg = args.get(i);
				String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
				String value;
				if (arg.contains("=")) {
					value = arg.substring(arg.indexOf('=') + 1);
				}
				else if (i + 1 < args.size()) {
					value = args.get(++i);
				}
				else {
					throw new IllegalArgumentException("missing value for " + arg);
				}
				switch (name) {
					case "--scope" -> scope = value;
					case "--year" -> year = year(value);
					case "--lang" -> language = language(value);
					default -> throw new IllegalArgumentException("unknown option " + arg);
				}
			}
			return new Options(scope, year, language);
		}

		private static Integer year(String value) {
			try {
				return Integer.valueOf(value);
			}
			catch (NumberFormatException ex) {
				throw new IllegalArgumentException("--year must be a number, was " + value);
			}
		}

		private static String language(String value) {
			if (!value.equals("id") && !value.equals("en")) {
				throw new IllegalArgumentException("--lang must be id or en, was " + value);
			}
			return value;
		}

	}

}
