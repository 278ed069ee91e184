package id.pokin.graph;

/**
 * Work that makes the first requests fast (plans, caches) and runs once per start on the database initialiser's
 * background thread, after the {@link SeedTask}s; the data counts as ready ({@link DataReadiness}) once every one
 * has run. A failure is logged and does not stop the others.
 */
public interface WarmUp {

	void run();

}
