package id.pokin.web;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.FieldFetchingInstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;

/**
 * The last guard on a response's size: the values a request returns (every field of every object, list items of
 * objects included through their fields) are counted as they are fetched, and at {@code pokin.graphql.max-result-values}
 * the request is cancelled and answered with one coded error ({@code RESULT_TOO_LARGE}) and no data, rather than a
 * body of tens of megabytes. The cost limit ({@link QueryCost}) refuses most such requests before they start; this
 * one catches the lists that hold far more than their expected fan-out.
 */
class ResultSizeLimit extends SimplePerformantInstrumentation {

	private final long maxValues;

	ResultSizeLimit(long maxValues) {
		this.maxValues = maxValues;
	}

	@Override
	public CompletableFuture<InstrumentationState> createStateAsync(InstrumentationCreateStateParameters parameters) {
		return CompletableFuture.completedFuture(new Count());
	}

	@Override
	public FieldFetchingInstrumentationContext beginFieldFetching(InstrumentationFieldFetchParameters parameters,
			InstrumentationState state) {
		Count count = (Count) state;
		if (count.values.incrementAndGet() > this.maxValues && count.exceeded.compareAndSet(false, true)) {
			// graphql-java then starts no further field and ends the execution with an abort
			parameters.getExecutionContext().getExecutionInput().cancel();
		}
		return null;
	}

	@Override
	public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
			InstrumentationExecutionParameters parameters, InstrumentationState state) {
		if (state instanceof Count count && count.exceeded.get()) {
			return CompletableFuture.completedFuture(
					RequestRefused.abort(tooLarge()).toExecutionResult());
		}
		return CompletableFuture.completedFuture(result);
	}

	private RequestRefused tooLarge() {
		return new RequestRefused("RESULT_TOO_LARGE",
				"The response would hold more than %d values (pokin.graphql.max-result-values) and was stopped; ask for smaller pages or fewer fields"
					.formatted(this.maxValues),
				"Jawaban akan berisi lebih dari %d nilai (pokin.graphql.max-result-values) dan dihentikan; mintalah halaman yang lebih kecil atau field yang lebih sedikit"
					.formatted(this.maxValues))
			.with("limit", this.maxValues);
	}

	private static final class Count implements InstrumentationState {

		private final AtomicLong values = new AtomicLong();

		private final AtomicBoolean exceeded = new AtomicBoolean();

	}

}
