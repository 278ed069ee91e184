package id.pokin.web;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import graphql.ExecutionResult;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.analysis.QueryDepthInfo;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Selection;
import graphql.language.SelectionSet;

/**
 * graphql-java's depth limit, with the exact check (a typed traversal of the operation, its {@code @skip} and
 * {@code @include} conditions and type conditions resolved against the variables) run only for an operation that
 * could be too deep. The depth of the operation's text, every field counted and every fragment expanded whatever its
 * conditions, is never less than the depth the exact check finds (conditions only leave fields out), so an operation
 * within the limit by its text is within it; one over it by its text gets the exact check and its verdict and error.
 * Most requests are a few levels deep: for them the bound is a walk of a few nodes of the parsed document, where the
 * exact check (a typed traversal built per request) took a few percent of a small request's time in the application.
 */
class QueryDepthLimit extends MaxQueryDepthInstrumentation {

	private final int maxDepth;

	QueryDepthLimit(int maxDepth, Function<QueryDepthInfo, Boolean> exceeded) {
		super(maxDepth, exceeded);
		this.maxDepth = maxDepth;
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		ExecutionContext context = parameters.getExecutionContext();
		if (textDepth(context.getOperationDefinition().getSelectionSet(), context.getFragmentsByName()) <= this.maxDepth) {
			return null;
		}
		return super.beginExecuteOperation(parameters, state);
	}

	/**
	 * The depth of a selection set as written: its deepest field path, fragments expanded, conditions ignored.
	 * Linear in the document: each fragment's depth is computed once. A fragment that spreads itself (refused by
	 * validation before execution) counts as over any limit, leaving the verdict to the exact check.
	 */
	static int textDepth(SelectionSet selectionSet, Map<String, FragmentDefinition> fragments) {
		return new TextDepth(fragments).of(selectionSet);
	}

	private static final class TextDepth {

		private final Map<String, FragmentDefinition> fragments;

		private final Map<String, Integer> fragmentDepths = new HashMap<>();

		private final Set<String> expanding = new HashSet<>();

		TextDepth(Map<String, FragmentDefinition> fragments) {
			this.fragments = fragments;
		}

		int of(SelectionSet selectionSet) {
			if (selectionSet == null) {
				return 0;
			}
			int deepest = 0;
			for (Selection<?> selection : selectionSet.getSelections()) {
				int depth;
				if (selection instanceof Field field) {
					int below = of(field.getSelectionSet());
					depth = below == Integer.MAX_VALUE ? below : 1 + below;
				}
				else if (selection instanceof InlineFragment inline) {
					depth = of(inline.getSelectionSet());
				}
				else if (selection instanceof FragmentSpread spread) {
					depth = fragment(spread.getName());
				}
				else {
					depth = Integer.MAX_VALUE;
				}
				deepest = Math.max(deepest, depth);
			}
			return deepest;
		}

		private int fragment(String name) {
			Integer known = this.fragmentDepths.get(name);
			if (known != null) {
				return known;
			}
			FragmentDefinition definition = this.fragments.get(name);
			if (definition == null || !this.expanding.add(name)) {
				return Integer.MAX_VALUE;
			}
			int depth = of(definition.getSelectionSet());
			this.expanding.remove(name);
			this.fragmentDepths.put(name, depth);
			return depth;
		}

	}

}
