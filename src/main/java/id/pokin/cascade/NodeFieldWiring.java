package id.pokin.cascade;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import id.pokin.node.CascadeNode;
import id.pokin.node.NodeKind;

import graphql.schema.DataFetcher;
import graphql.schema.GraphQLObjectType;
import graphql.schema.idl.RuntimeWiring;
import reactor.core.publisher.Mono;

import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/**
 * Wires the {@code Node} interface: its type resolver (by {@link NodeKind}) and the neighbour fields every
 * node type shares, each through a DataLoader so a list of nodes costs one query per field, not one per node.
 */
@Component
class NodeFieldWiring implements RuntimeWiringConfigurer {

	private static final Map<String, Function<NodeQueries, Function<Set<String>, Map<String, List<CascadeNode>>>>> LOADERS = Map
		.of("parents", q -> q::parentsOf, "children", q -> q::childrenOf, "responsibleUnits",
				q -> q::responsibleUnitsOf, "responsibleFor", q -> q::responsibilitiesOf);

	NodeFieldWiring(BatchLoaderRegistry registry, NodeQueries queries) {
		LOADERS.forEach((field, loader) -> registry.<String, List<CascadeNode>>forName(field)
			.registerMappedBatchLoader((ids, env) -> Mono.fromCallable(() -> loader.apply(queries).apply(ids))));
	}

	@Override
	public void configure(RuntimeWiring.Builder wiring) {
		wiring.type("Node", type -> type.typeResolver(env -> {
			CascadeNode node = env.getObject();
			return (GraphQLObjectType) env.getSchema().getType(node.kind().label());
		}));
		for (NodeKind kind : NodeKind.values()) {
			wiring.type(kind.label(), type -> {
				for (String field : List.of("parents", "children", "responsibleUnits")) {
					type.dataFetcher(field, loaderFetcher(field));
				}
				if (kind == NodeKind.UNIT) {
					type.dataFetcher("responsibleFor", loaderFetcher("responsibleFor"));
				}
				return type;
			});
		}
	}

	private static DataFetcher<?> loaderFetcher(String loaderName) {
		return env -> env.<String, List<CascadeNode>>getDataLoader(loaderName)
			.load(((CascadeNode) env.getSource()).id());
	}


}
