package id.pokin.trace;

import id.pokin.node.CascadeNode;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class TraceController {

	private final TraceService service;

	TraceController(TraceService service) {
		this.service = service;
	}

	@QueryMapping
	Impact impact(@Argument String id, @Argument Integer maxDepth) {
		return this.service.impact(id, maxDepth);
	}

	@SchemaMapping(typeName = "Path")
	CascadeNode top(TracePath path) {
		return path.top();
	}

}
