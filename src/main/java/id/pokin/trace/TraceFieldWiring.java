package id.pokin.trace;

import java.util.List;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import id.pokin.node.CascadeNode;
import org.dataloader.DataLoader;

import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/**
 * {@code Query.trace} as a plain data fetcher rather than an annotated controller method: it is the request integrations
 * and the UI repeat most, and on a Neo4j server Spring's per-call handler method (its construction, the argument
 * resolvers, the reflective calls) added about a third to the field's own time, its query included. It runs
 * wrapped like every other data fetcher (the request's context, its deadline, the exception resolvers).
 */
@Component
class TraceFieldWiring implements RuntimeWiringConfigurer {

	private final TraceService service;

	TraceFieldWiring(TraceService service) {
		this.service = service;
	}

	@Override
	public void configure(graphql.schema.idl.RuntimeWiring.Builder wiring) {
		wiring.type("Query", type -> type.dataFetcher("trace", (DataFetcher<List<TracePath>>) this::trace));
	}

	/**
	 * When the request asks for the nodes' responsible units, the trace query brings them along and primes the shared
	 * {@code responsibleUnits} loader with them, so the whole trace is one query.
	 */
	private List<TracePath> trace(DataFetchingEnvironment environment) {
		String id = environment.getArgument("id");
		TraceQueries.Trace trace = this.service.trace(id, TraceProjection.asksForUnits(environment.getSelectionSet()),
				TraceProjection.of(environment.getSelectionSet(), environment.getOperationDefinition()));
		DataLoader<String, List<CascadeNode>> responsibleUnits = environment.getDataLoader("responsibleUnits");
		trace.responsibleUnits().forEach(responsibleUnits::prime);
		return trace.paths();
	}

}
