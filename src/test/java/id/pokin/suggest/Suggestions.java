package id.pokin.suggest;

import java.util.List;

import org.springframework.context.ApplicationContext;

/** The suggestion service called directly, without HTTP and GraphQL, for the benchmark ({@code id.pokin.bench}). */
public final class Suggestions {

	private Suggestions() {
	}

	/** The ids of the node's suggested parents, best first. */
	public static List<String> ids(ApplicationContext context, String id, int first) {
		return context.getBean(ParentSuggestions.class).of(id, first).stream().map(s -> s.node().id()).toList();
	}

}
