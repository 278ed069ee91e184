package id.pokin.web;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import graphql.ExecutionResult;
import graphql.execution.AbortExecutionException;
import graphql.execution.CoercedVariables;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Document;
import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.normalized.ExecutableNormalizedOperationFactory;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import id.pokin.node.SearchText;

import org.springframework.data.domain.ScrollPosition;
import org.springframework.graphql.data.pagination.CursorEncoder;
import org.springframework.graphql.data.pagination.CursorStrategy;
import org.springframework.graphql.data.query.ScrollPositionCursorStrategy;

/**
 * Checks a request's arguments and computes its cost once it is parsed and validated, before anything runs; a request
 * over a limit is refused with one coded error and no data.
 * <p>
 * <b>Cost</b>: every field counts once for each time it is expected to be resolved, so a list multiplies the cost of
 * what is under it by its size: a connection's {@code edges} by its {@code first} (or the default page size), a
 * list with a {@code first} argument ({@code search}) by that, any other list ({@code parents}, {@code children},
 * {@code responsibleFor}, a trace's paths and their {@code nodes}...) by the expected fan-out
 * ({@code pokin.graphql.list-fan-out}). A top-level field adds {@code pokin.graphql.root-field-cost}: it is a
 * database query of its own, where the fields under it are batched a level at a time, so a thousand aliases of
 * {@code node(id:)} are a thousand queries. Aliases count as the fields they repeat. GitHub's GraphQL API limits its
 * node count the same way. Introspection fields count once each: their size is the schema's, and graphql-java's
 * good-faith introspection check already refuses the nested introspection queries that would multiply it.
 * <p>
 * <b>Arguments</b>: search and filter text ({@link SearchText#check}), list items
 * ({@link InputLimits#LIST_ARGUMENT_MAX_ITEMS}), page sizes ({@code first} from 1 to
 * {@code pokin.graphql.max-page-size}: Spring's {@code ScrollSubrange} takes a negative {@code first} for none), and
 * cursors ({@code after} must decode: a bad one otherwise reached the client as the decoder's own text).
 */
class QueryCost extends SimplePerformantInstrumentation {

	private final long maxCost;

	private final int fanOut;

	private final int rootFieldCost;

	private final int defaultPageSize;

	private final int maxPageSize;

	private final CursorStrategy<ScrollPosition> cursors;

	QueryCost(GraphQlExecution.Properties limits, CursorStrategy<ScrollPosition> cursors) {
		this.maxCost = limits.maxCost();
		this.fanOut = limits.listFanOut();
		this.rootFieldCost = limits.rootFieldCost();
		this.defaultPageSize = limits.defaultPageSize();
		this.maxPageSize = limits.maxPageSize();
		this.cursors = cursors;
	}

	/** Spring for GraphQL's default, where no bean is defined. */
	static CursorStrategy<ScrollPosition> defaultCursors() {
		return CursorStrategy.withEncoder(new ScrollPositionCursorStrategy(), CursorEncoder.base64());
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
			InstrumentationState state) {
		ExecutionContext context = parameters.getExecutionContext();
		long cost = this.maxCost <= ExecutableNormalizedOperationFactory.Options.defaultOptions().getMaxFieldsCount()
				? costOf(context.getGraphQLSchema(), context.getNormalizedQueryTree())
				: costOf(context.getGraphQLSchema(), context.getDocument(), context.getOperationDefinition().getName(),
						context.getCoercedVariables());
		if (cost > this.maxCost) {
			throw tooCostly(cost).toAbort();
		}
		return null;
	}

	/**
	 * The cost of one operation of a document, its arguments checked on the way. The operation is normalized first, as
	 * graphql-java executes it: every fragment spread expanded where it stands (a fragment used twice counts twice)
	 * and every alias a field of its own. Normalizing stops at {@code maxCost} fields, which alone would be over the
	 * limit, so a document that expands far (fragments spreading fragments) costs no more than that to refuse.
	 */
	long costOf(GraphQLSchema schema, Document document, String operationName, CoercedVariables variables) {
		ExecutableNormalizedOperation operation;
		try {
			operation = ExecutableNormalizedOperationFactory.createExecutableNormalizedOperation(schema, document,
					operationName, variables, ExecutableNormalizedOperationFactory.Options.defaultOptions()
						.maxFieldsCount((int) Math.min(Integer.MAX_VALUE - 1, this.maxCost)));
		}
		catch (AbortExecutionException tooManyFields) {
			throw tooCostly(this.maxCost + 1).toAbort();
		}
		try {
			return costOf(schema, operation.getTopLevelFields(), null);
		}
		catch (ClassifiedException refused) {
			throw RequestRefused.abort(refused);
		}
	}

	/**
	 * The same, on the operation the execution normalizes for itself (memoized: the fields' selection sets, such as
	 * the trace's {@code nodes/responsibleUnits}, are read from it), so a request is normalized once, not twice. Its
	 * own bound of graphql-java's default fields count is then the one that stops a document that expands far; used
	 * only while that bound is no higher than {@code maxCost}.
	 */
	long costOf(GraphQLSchema schema, Supplier<ExecutableNormalizedOperation> operation) {
		ExecutableNormalizedOperation normalized;
		try {
			normalized = operation.get();
		}
		catch (AbortExecutionException tooManyFields) {
			throw tooCostly(this.maxCost + 1).toAbort();
		}
		try {
			return costOf(schema, normalized.getTopLevelFields(), null);
		}
		catch (ClassifiedException refused) {
			throw RequestRefused.abort(refused);
		}
	}

	private long costOf(GraphQLSchema schema, List<ExecutableNormalizedField> fields, ExecutableNormalizedField parent) {
		long sum = 0;
		for (ExecutableNormalizedField field : fields) {
			if (field.getFieldName().equals("__typename")) {
				continue;
			}
			GraphQLFieldDefinition definition = field.getFieldDefinitions(schema).get(0);
			checkArguments(field, definition);
			long children = costOf(schema, field.getChildren(), field);
			long own = parent == null && !field.getFieldName().startsWith("__") ? 1 + this.rootFieldCost : 1;
			sum = saturatedAdd(sum, saturatedAdd(own, saturatedMultiply(size(schema, field, definition, parent), children)));
		}
		return sum;
	}

	/** How many times what is under the field is resolved for one resolution of the field. */
	private long size(GraphQLSchema schema, ExecutableNormalizedField field, GraphQLFieldDefinition definition,
			ExecutableNormalizedField parent) {
		String parentType = field.getObjectTypeNames().iterator().next();
		if (field.getFieldName().startsWith("__") || parentType.startsWith("__")) {
			return 1;
		}
		if (!GraphQLTypeUtil.isList(GraphQLTypeUtil.unwrapNonNull(definition.getType()))) {
			return 1;
		}
		if (definition.getArgument("first") != null) {
			return pageSize(field);
		}
		if (parent != null && parentType.endsWith("Connection")
				&& parent.getFieldDefinitions(schema).get(0).getArgument("first") != null) {
			return pageSize(parent);
		}
		return this.fanOut;
	}

	private long pageSize(ExecutableNormalizedField field) {
		return field.getResolvedArguments().get("first") instanceof Number first ? first.longValue()
				: this.defaultPageSize;
	}

	private void checkArguments(ExecutableNormalizedField field, GraphQLFieldDefinition definition) {
		String name = field.getFieldName();
		if (name.startsWith("__")) {
			return;
		}
		for (Map.Entry<String, Object> argument : field.getResolvedArguments().entrySet()) {
			String argumentName = argument.getKey();
			Object value = argument.getValue();
			checkLists(name, argumentName, value);
			GraphQLArgument argumentDefinition = definition.getArgument(argumentName);
			GraphQLType type = argumentDefinition == null ? null : GraphQLTypeUtil.unwrapAll(argumentDefinition.getType());
			if ("first".equals(argumentName) && value instanceof Number first) {
				checkPageSize(name, first.longValue(), "search".equals(name) ? SearchText.MAX_RESULTS : this.maxPageSize);
			}
			else if ("after".equals(argumentName) && value instanceof String cursor) {
				checkCursor(name, cursor);
			}
			else if ("search".equals(name) && "text".equals(argumentName) && value instanceof String text) {
				SearchText.check(argumentName, text);
			}
			else if (type instanceof GraphQLNamedType named && "NodeFilter".equals(named.getName())
					&& value instanceof Map<?, ?> filter && filter.get("text") instanceof String text) {
				SearchText.check(argumentName + ".text", text);
			}
		}
	}

	private void checkPageSize(String field, long first, int max) {
		if (first < 1 || first > max) {
			String property = max == this.maxPageSize ? " (pokin.graphql.max-page-size)" : "";
			throw new ArgumentRefused("PAGE_SIZE_OUT_OF_RANGE", "first",
					"%s: 'first' must be between 1 and %d%s, was %d".formatted(field, max, property, first),
					"%s: 'first' harus antara 1 dan %d%s, diberikan %d".formatted(field, max, property, first))
				.with("limit", max);
		}
	}

	private void checkCursor(String field, String cursor) {
		ScrollPosition position;
		try {
			position = this.cursors.fromCursor(cursor);
		}
		catch (RuntimeException ex) {
			position = null;
		}
		if (position == null) {
			throw new ArgumentRefused("INVALID_CURSOR", "after",
					"%s: 'after' is not a cursor this API gave out; take endCursor or an edge's cursor of the previous page"
						.formatted(field),
					"%s: 'after' bukan kursor yang diberikan API ini; pakai endCursor atau cursor sebuah edge dari halaman sebelumnya"
						.formatted(field));
		}
	}

	/** Lists anywhere in an argument, input objects included, hold at most {@link InputLimits#LIST_ARGUMENT_MAX_ITEMS}. */
	private static void checkLists(String field, String path, Object value) {
		if (value instanceof List<?> list) {
			if (list.size() > InputLimits.LIST_ARGUMENT_MAX_ITEMS) {
				throw new ArgumentRefused("LIST_TOO_LONG", path,
						"%s: '%s' may hold at most %d items, it holds %d".formatted(field, path,
								InputLimits.LIST_ARGUMENT_MAX_ITEMS, list.size()),
						"%s: '%s' paling banyak %d butir, diberikan %d".formatted(field, path,
								InputLimits.LIST_ARGUMENT_MAX_ITEMS, list.size()))
					.with("limit", InputLimits.LIST_ARGUMENT_MAX_ITEMS);
			}
			for (Object item : list) {
				checkLists(field, path, item);
			}
		}
		else if (value instanceof Map<?, ?> map) {
			for (Map.Entry<?, ?> entry : map.entrySet()) {
				checkLists(field, path + "." + entry.getKey(), entry.getValue());
			}
		}
	}

	private RequestRefused tooCostly(long cost) {
		return new RequestRefused("QUERY_TOO_COSTLY",
				("The query would cost %d, over the limit of %d (pokin.graphql.max-cost): every list multiplies the cost "
						+ "of what is under it by its page size (first, by default %d) or, without paging, by %d; ask for "
						+ "smaller pages, fewer aliases or less nesting")
					.formatted(cost, this.maxCost, this.defaultPageSize, this.fanOut),
				("Biaya kueri ini %d, melebihi batas %d (pokin.graphql.max-cost): setiap daftar mengalikan biaya isinya "
						+ "dengan ukuran halamannya (first, bawaan %d) atau, tanpa halaman, dengan %d; mintalah halaman "
						+ "yang lebih kecil, alias yang lebih sedikit atau susunan yang lebih dangkal")
					.formatted(cost, this.maxCost, this.defaultPageSize, this.fanOut))
			.with("cost", cost)
			.with("limit", this.maxCost);
	}

	private static long saturatedAdd(long a, long b) {
		long sum = a + b;
		return ((a ^ sum) & (b ^ sum)) < 0 ? Long.MAX_VALUE : sum;
	}

	private static long saturatedMultiply(long a, long b) {
		long high = Math.multiplyHigh(a, b);
		long low = a * b;
		return (high == 0 && low >= 0) ? low : Long.MAX_VALUE;
	}

}
