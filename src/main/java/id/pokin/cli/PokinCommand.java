package id.pokin.cli;

import java.util.List;

/**
 * A command-line task run instead of the web server: {@code java -jar pokin.jar NAME [ARGS]}. Implement it
 * as a bean; the exit code becomes the process's.
 */
public interface PokinCommand {

	String name();

	/** One line for the usage text. */
	String usage();

	int run(List<String> args) throws Exception;

}
