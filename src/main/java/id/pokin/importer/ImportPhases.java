package id.pokin.importer;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The phases of one import and the time each took, logged at debug level ({@code id.pokin.importer.ImportPhases}):
 * where an upload's time goes, without a profiler. One per import, on the request's thread.
 */
final class ImportPhases {

	private static final Logger log = LoggerFactory.getLogger(ImportPhases.class);

	private static final ThreadLocal<ImportPhases> CURRENT = new ThreadLocal<>();

	private final List<String> phases = new ArrayList<>();

	private final long start = System.nanoTime();

	private long last = this.start;

	/** Starts timing the import on this thread (when debug logging is on; otherwise every call is a no-op). */
	static void begin() {
		CURRENT.set(log.isDebugEnabled() ? new ImportPhases() : null);
	}

	/** The phase that ends now. */
	static void mark(String phase) {
		ImportPhases phases = CURRENT.get();
		if (phases != null) {
			long now = System.nanoTime();
			phases.phases.add(phase + " " + (now - phases.last) / 1_000_000);
			phases.last = now;
		}
	}

	/** Logs the phases (ms each) and forgets them. */
	static void end(String name) {
		ImportPhases phases = CURRENT.get();
		CURRENT.remove();
		if (phases != null) {
			log.debug("Import of {} in {} ms: {}", name, (System.nanoTime() - phases.start) / 1_000_000,
					String.join(", ", phases.phases));
		}
	}

}
