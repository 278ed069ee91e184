package id.pokin.graph;

import java.util.Optional;
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

	/**
	 * What every commit after version {@code from} up to and including {@code to} changed, when all of them are
	 * known (each seen as it committed and still remembered); empty otherwise, and then nothing computed at
	 * {@code from} may be carried over to {@code to}.
	 */
	default Optional<GraphChange> changes(long from, long to) {
		return Optional.empty();
	}

	static GraphVersion unknown() {
		return OptionalLong::empty;
	}

}
