package id.pokin.graph;

import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.BiConsumer;

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

	/**
	 * The documents ({@code sourceDocument}) the commits after version {@code since} up to {@code now} changed, or
	 * empty when this process cannot say (a commit it could not attribute to documents, or one too old to be
	 * remembered): then anything may have changed. A result computed over other documents holds across them.
	 */
	default Optional<Set<String>> changedBetween(long since, long now) {
		return since == now ? Optional.of(Set.of()) : Optional.empty();
	}

	/**
	 * Tells the listener, in the committing thread (it must only hand work on), of each commit: its version and the
	 * documents it changed (empty: anything). Nothing is told where commits are not seen.
	 */
	default void onCommit(BiConsumer<Long, Optional<Set<String>>> listener) {
	}

	static GraphVersion unknown() {
		return OptionalLong::empty;
	}

}
