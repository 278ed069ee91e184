package id.pokin.cascade;

import java.util.List;

import id.pokin.node.CascadeNode;
import id.pokin.node.SearchText;
import id.pokin.web.ArgumentRefused;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class CascadeController {

	static final int MAX_SEARCH_RESULTS = SearchText.MAX_RESULTS;

	private final NodeQueries nodes;

	CascadeController(NodeQueries nodes) {
		this.nodes = nodes;
	}

	@QueryMapping
	CascadeNode node(@Argument String id) {
		return this.nodes.getById(id);
	}

	@QueryMapping
	List<CascadeNode> search(@Argument String text, @Argument Integer first) {
		if (first == null || first < 1 || first > MAX_SEARCH_RESULTS) {
			throw new ArgumentRefused("PAGE_SIZE_OUT_OF_RANGE", "first",
					"search: 'first' must be between 1 and " + MAX_SEARCH_RESULTS + ", was " + first,
					"search: 'first' harus antara 1 dan " + MAX_SEARCH_RESULTS + ", diberikan " + first)
				.with("limit", MAX_SEARCH_RESULTS);
		}
		SearchText.check("text", text);
		return this.nodes.search(SearchText.of(text), first);
	}

	@QueryMapping
	List<CascadeNode> children(@Argument String id) {
		this.nodes.getById(id);
		return this.nodes.childrenOf(List.of(id)).get(id);
	}

	@QueryMapping
	List<CascadeNode> parents(@Argument String id) {
		this.nodes.getById(id);
		return this.nodes.parentsOf(List.of(id)).get(id);
	}

}
