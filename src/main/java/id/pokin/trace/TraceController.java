package id.pokin.trace;

import java.util.List;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import id.pokin.node.CascadeNode;
import org.dataloader.DataLoader;

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

	/**
	 * When the request asks for the nodes' responsible units, the trace query brings them along and primes
	 * the shared {@code responsibleUnits} loader with them, so the whole trace is one query.
	 */
	@QueryMapping
	List<TracePath> trace(@Argument String id, DataFetchingFieldSelectionSet selection,
			DataLoader<String, List<CascadeNode>> responsibleUnits, DataFetchingEnvironment environment) {
		TraceQueries.Trace trace = this.service.trace(id, TraceProjection.asksForUnits(selection),
				TraceProjection.of(selection, environment.getOperationDefinition()));
		trace.responsibleUnits().forEach(responsibleUnits::prime);
		return trace.paths();
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
