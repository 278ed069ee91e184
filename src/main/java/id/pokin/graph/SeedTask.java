package id.pokin.graph;

/** Work that needs the schema in place and runs once per start, after the migrations (e.g. demo data). */
public interface SeedTask {

	void run();

}
