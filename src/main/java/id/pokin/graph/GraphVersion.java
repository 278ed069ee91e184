package id.pokin.graph;

import java.util.OptionalLong;

/**
 * How far the graph has changed: a number that moves on with every committed write, whoever sends it, so a result
 * computed while the number stood still holds as long as it stands. Known for a database in this process (the
 * embedded default: {@link LastTransaction}); a server's writes are not seen here, so with {@code NEO4J_URI} it is
 * unknown and nothing may be kept on the strength of it.
 */
@FunctionalInterface
public interface GraphVersion {

	/** The current number, or empty when this process cannot know. */
	OptionalLong current();

	static GraphVersion unknown() {
		return OptionalLong::empty;
	}

}
