package id.pokin.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import id.pokin.cli.CommandLine;
import id.pokin.graph.SeedTask;
import id.pokin.importer.GraphLookup;
import id.pokin.importer.ImportCommand;
import id.pokin.importer.ImportFile;
import id.pokin.importer.ImportResult;
import id.pokin.importer.ImportService;
import id.pokin.sheet.CsvSheetReader;
import id.pokin.sheet.ImportSheet;
import id.pokin.sheet.SheetTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Imports the transcribed documents under classpath {@code dataset/} (one folder of CSV files each, each its
 * own import) when the database holds no node at all and {@code pokin.dataset.load-on-empty} is on. Not when
 * the application runs a command ({@code import}, {@code generate}, …): those bring their own data.
 */
@Component
public class DatasetSeed implements SeedTask {

	private static final Logger log = LoggerFactory.getLogger(DatasetSeed.class);

	private static final String FOLDERS = "classpath*:dataset/*/" + ImportSheet.DOCUMENTS.sheetName() + ".csv";

	private final DatasetProperties properties;

	private final GraphLookup lookup;

	private final ImportService service;

	private final ApplicationArguments arguments;

	DatasetSeed(DatasetProperties properties, GraphLookup lookup, ImportService service,
			ApplicationArguments arguments) {
		this.properties = properties;
		this.lookup = lookup;
		this.service = service;
		this.arguments = arguments;
	}

	@Override
	public void run() {
		if (!this.properties.loadOnEmpty() || isCommand() || this.lookup.hasAnyNode()) {
			return;
		}
		datasets().forEach((name, file) -> {
			ImportResult result = this.service.importFile(file, "demo dataset");
			if (result.isImported()) {
				log.info("Loaded dataset {}: {}", name, result.summary());
			}
			else {
				log.error("Dataset {} has {} errors and was not loaded; the first: {}", name, result.errorCount(),
						ImportCommand.line(result.errors().get(0)));
			}
		});
	}

	private boolean isCommand() {
		String[] args = this.arguments.getSourceArgs();
		return args.length > 0 && CommandLine.isCommand(args[0]);
	}

	/** Every dataset folder, by name, read as an import file. */
	public static Map<String, ImportFile> datasets() {
		try {
			Map<String, ImportFile> datasets = new TreeMap<>();
			for (Resource documents : new PathMatchingResourcePatternResolver().getResources(FOLDERS)) {
				String url = documents.getURL().toString();
				String folder = url.substring(0, url.lastIndexOf('/'));
				String name = folder.substring(folder.lastIndexOf('/') + 1);
				List<SheetTable> tables = new ArrayList<>();
				for (ImportSheet sheet : ImportSheet.values()) {
					Resource resource = documents.createRelative(sheet.sheetName() + ".csv");
					if (resource.exists()) {
						try (InputStream in = resource.getInputStream()) {
							tables.add(new CsvSheetReader().table(sheet.sheetName(), in));
						}
					}
				}
				datasets.put(name, ImportFile.of("dataset/" + name, tables));
			}
			return datasets;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the bundled datasets", ex);
		}
	}

}
