package id.pokin.bench;

import java.nio.file.Path;
import java.util.List;

import id.pokin.cli.CommandArguments;

/**
 * #3's figure alone, without the rest of the suite: the app started on a store, a region exported, cut to 5,000
 * rows and uploaded as new rows, workbook and CSV in turn; prints each upload and a table of medians. The first
 * {@code warmup} rounds are left out of the table (the JIT compiles the import in them).
 * <p>
 * Back to back (the default), each upload shares the two cores with what the one before left running: the
 * full-text index catching up, the readiness check of its documents, the garbage collector. With {@code --quiet},
 * each upload waits until the app has checked every document and then one second more, so it is timed as a user
 * who uploads one file sees it.
 */
public final class ImportSeries {

	private ImportSeries() {
	}

	public static void main(String[] args) throws Exception {
		CommandArguments arguments = CommandArguments.parse(List.of(args),
				List.of("jar", "data-dir", "heap", "rounds", "warmup", "rows", "region", "quiet"));
		boolean quiet = Boolean.parseBoolean(arguments.value("quiet", "false"));
		int rounds = arguments.intValue("rounds", 15);
		int warmup = arguments.intValue("warmup", 5);
		int rows = arguments.intValue("rows", 5000);
		String region = arguments.value("region", "r001-pemda");
		String heap = arguments.value("heap", "1g");
		try (AppProcess app = AppProcess.start(Path.of(arguments.value("jar", null)),
				Path.of(arguments.value("data-dir", null)), heap,
				List.of("--pokin.security.admin-password=" + ImportBench.ADMIN_PASSWORD))) {
			ImportBench bench = new ImportBench(app.httpPort);
			String prefix = region.substring(0, region.indexOf('-') + 1);
			byte[] csv = ImportBench.firstRows(bench.export(region, "csv"), rows);
			byte[] xlsx = ImportBench.workbook(csv);
			LatencyRecorder xlsxTimes = new LatencyRecorder();
			LatencyRecorder csvTimes = new LatencyRecorder();
			for (int round = 0; round < warmup + rounds; round++) {
				if (quiet) {
					app.awaitQuiet();
				}
				double x = bench.upload(xlsx, "region.xlsx", prefix);
				if (quiet) {
					app.awaitQuiet();
				}
				double c = bench.upload(csv, "region.zip", prefix);
				System.out.printf("round %2d%s: xlsx %.3f s, csv %.3f s%n", round + 1, round < warmup ? " (warm-up)" : "", x, c);
				if (round >= warmup) {
					xlsxTimes.add((long) (x * 1e9));
					csvTimes.add((long) (c * 1e9));
				}
			}
			System.out.printf("%n%,d rows, -Xmx%s, %d rounds after %d of warm-up, %s%n", rows, heap, rounds, warmup,
					quiet ? "each upload on a quiet app" : "back to back");
			System.out.println("| file | median | fastest | slowest | p90 | rows/s at the median |");
			System.out.println("|---|---|---|---|---|---|");
			print("xlsx", xlsxTimes, rows);
			print("csv", csvTimes, rows);
		}
	}

	private static void print(String format, LatencyRecorder times, int rows) {
		double median = times.percentileMillis(50) / 1000;
		System.out.printf("| %s | %.3f s | %.3f s | %.3f s | %.3f s | %,.0f |%n", format, median,
				times.percentileMillis(0) / 1000, times.percentileMillis(100) / 1000, times.percentileMillis(90) / 1000,
				rows / median);
	}

}
