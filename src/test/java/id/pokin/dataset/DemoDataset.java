package id.pokin.dataset;

import java.util.List;

import id.pokin.importer.ImportCommand;
import id.pokin.importer.ImportResult;
import id.pokin.importer.ImportService;
import id.pokin.support.TestNeo4j;

import org.springframework.context.ApplicationContext;

/**
 * The bundled demo dataset (the five transcribed decrees under {@code dataset/}) loaded as the start-up seed
 * loads it, for tests of other packages: an empty store, then every folder through the importer.
 */
public final class DemoDataset {

	private DemoDataset() {
	}

	/** Empties the test store and imports every dataset; fails on any import error. */
	public static void load(ApplicationContext context) {
		TestNeo4j.load();
		ImportService service = context.getBean(ImportService.class);
		DatasetSeed.datasets().forEach((name, file) -> {
			ImportResult result = service.importFile(file);
			List<String> errors = result.errors().stream().map(ImportCommand::line).toList();
			if (!errors.isEmpty()) {
				throw new IllegalStateException("dataset " + name + " did not import: " + errors);
			}
		});
	}

}
