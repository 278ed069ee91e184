package id.pokin.suggest;

import java.util.List;

import id.pokin.web.PageSizes;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class SuggestionController {

	private final ParentSuggestions suggestions;

	private final PageSizes pageSizes;

	SuggestionController(ParentSuggestions suggestions, PageSizes pageSizes) {
		this.suggestions = suggestions;
		this.pageSizes = pageSizes;
	}

	@QueryMapping
	List<ParentSuggestion> parentSuggestions(@Argument String id, @Argument Integer first) {
		return this.suggestions.of(id, this.pageSizes.resolve("parentSuggestions", first));
	}

}
