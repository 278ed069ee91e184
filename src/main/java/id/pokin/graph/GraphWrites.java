package id.pokin.graph;

import java.util.function.Function;

/**
 * Runs work as one write transaction: committed when the work returns, rolled back when it throws. With the
 * embedded default the transaction is in-process ({@link InProcessWrites}); with a server it is Spring's, through
 * the driver ({@link DriverWrites}). {@link GraphAccessConfiguration} chooses.
 */
public interface GraphWrites {

	<T> T inTransaction(Function<GraphTransaction, T> work);

}
