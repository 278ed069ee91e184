package id.pokin.export;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.pokin.node.NodeKind;
import id.pokin.node.NodeNotFoundException;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/**
 * What an export of a region, a perangkat daerah (any unit) or the whole graph holds: the smallest set of
 * nodes and documents around the scope that imports into an empty database without an error.
 * <ol>
 * <li>the scope unit and every unit below it ({@code PART_OF}, transitively);</li>
 * <li>what those units are {@code RESPONSIBLE_FOR}, and everything contributing to that ({@code CONTRIBUTES_TO}
 * incoming, transitively);</li>
 * <li>every node of the source documents of all these: a document is exported whole;</li>
 * <li>then whatever the rows refer to, until nothing new is found: the elements they contribute to
 * ({@code CONTRIBUTES_TO} outgoing, transitively), the units responsible for those and all of them, the units
 * above every unit ({@code PART_OF}), the documents the nodes come from, and the Pemda unit each of those
 * documents belongs to ({@code region}). Of the nodes found this way only the nodes themselves are exported,
 * not the rest of their documents.</li>
 * </ol>
 * Runs in the caller's (read-only) transaction.
 */
@Repository
class ExportScope {

	private static final String KIND = """
			MATCH (scope:Node {id: $scope})
			USING INDEX scope:Node(id)
			RETURN scope.kind AS kind
			""";

	private static final String UNITS_BELOW = """
			MATCH (scope:Node {id: $scope})
			USING INDEX scope:Node(id)
			MATCH (unit:Node)-[:PART_OF*0..]->(scope)
			RETURN DISTINCT unit.id AS id, unit.sourceDocument AS document
			""";

	private static final String CONTRIBUTORS = """
			UNWIND $units AS id
			MATCH (unit:Node {id: id})
			USING INDEX unit:Node(id)
			MATCH (unit)-[:RESPONSIBLE_FOR]->(owned:Node)
			WITH DISTINCT owned
			MATCH (contributor:Node)-[:CONTRIBUTES_TO*0..]->(owned)
			RETURN DISTINCT contributor.id AS id, contributor.sourceDocument AS document
			""";

	private static final String OF_DOCUMENTS = """
			UNWIND $documents AS document
			MATCH (node:Node {sourceDocument: document})
			RETURN node.id AS id, node.sourceDocument AS document
			""";

	/** The nodes given, what they contribute to, the units responsible for all of these, and the units above. */
	private static final String ABOVE = """
			UNWIND $ids AS id
			MATCH (start:Node {id: id})
			USING INDEX start:Node(id)
			MATCH (start)-[:CONTRIBUTES_TO*0..]->(up:Node)
			WITH DISTINCT up
			OPTIONAL MATCH (responsible:Node)-[:RESPONSIBLE_FOR]->(up)
			WITH collect(up) + collect(responsible) AS found
			UNWIND found AS node
			MATCH (node)-[:PART_OF*0..]->(above:Node)
			RETURN DISTINCT above.id AS id, above.sourceDocument AS document
			""";

	private static final String REGIONS = """
			UNWIND $documents AS id
			MATCH (document:Document {id: id})
			USING INDEX document:Document(id)
			RETURN document.region AS region
			""";

	private static final String ALL_NODES = """
			MATCH (node:Node)
			RETURN node.id AS id
			""";

	private static final String ALL_DOCUMENTS = """
			MATCH (document:Document)
			RETURN document.id AS id
			""";

	private final Neo4jClient client;

	ExportScope(Neo4jClient client) {
		this.client = client;
	}

	/** Every node and every document. */
	Contents everything() {
		return new Contents(ids(ALL_NODES, Map.of()), ids(ALL_DOCUMENTS, Map.of()));
	}

	/**
	 * The export of the unit {@code scope} (a Pemda: a region; a perangkat daerah; any unit works the same).
	 * @throws NodeNotFoundException when no node has the id
	 * @throws IllegalArgumentException when the node is not a unit
	 */
	Contents of(String scope) {
		Object kind = this.client.query(KIND).bind(scope).to("scope").fetch().one()
			.orElseThrow(() -> new NodeNotFoundException(scope))
			.get("kind");
		if (!NodeKind.UNIT.name().equals(kind)) {
			throw new IllegalArgumentException("'" + scope + "' is not a unit (it is " + kind
					+ "): export a region (a Pemda unit) or a perangkat daerah");
		}
		Found found = new Found();
		found.add(this.client.query(UNITS_BELOW).bind(scope).to("scope").fetch().all());
		found.add(this.client.query(CONTRIBUTORS).bind(List.copyOf(found.nodes)).to("units").fetch().all());
		found.add(this.client.query(OF_DOCUMENTS).bind(List.copyOf(found.documents)).to("documents").fetch().all());
		Collection<String> start = List.copyOf(found.nodes);
		Set<String> regionsAsked = new HashSet<>();
		while (!start.isEmpty()) {
			found.add(this.client.query(ABOVE).bind(List.copyOf(start)).to("ids").fetch().all());
			List<String> documents = found.documents.stream().filter(regionsAsked::add).toList();
			start = new ArrayList<>();
			for (Map<String, Object> row : this.client.query(REGIONS).bind(documents).to("documents").fetch().all()) {
				if (row.get("region") instanceof String region && !found.nodes.contains(region)) {
					start.add(region);
				}
			}
		}
		return new Contents(Set.copyOf(found.nodes), Set.copyOf(found.documents));
	}

	private Set<String> ids(String cypher, Map<String, Object> parameters) {
		Set<String> ids = new HashSet<>();
		this.client.query(cypher).bindAll(parameters).fetch().all().forEach(row -> ids.add((String) row.get("id")));
		return ids;
	}

	/** The ids of the nodes and documents to export. */
	record Contents(Set<String> nodes, Set<String> documents) {
	}

	/** Nodes and the documents they come from, collected query by query. */
	private static final class Found {

		private final Set<String> nodes = new HashSet<>();

		private final Set<String> documents = new HashSet<>();

		void add(Collection<Map<String, Object>> rows) {
			for (Map<String, Object> row : rows) {
				this.nodes.add((String) row.get("id"));
				if (row.get("document") instanceof String document) {
					this.documents.add(document);
				}
			}
		}

	}

}
