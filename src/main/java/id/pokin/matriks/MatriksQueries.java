package id.pokin.matriks;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/**
 * Reads what a matriks cascading needs in one query: for each perangkat daerah of the scope (the scope itself, or
 * every perangkat daerah of a region) its indicators and every element above them, with their links up and the
 * names of the units answering for them, and the plan periods of its documents. The rows are built in Java
 * ({@link MatriksBuilder}), so the query never enumerates paths.
 * <p>
 * A perangkat daerah's indicators: those a unit of its {@code PART_OF} subtree answers for, every indicator of the
 * documents of those units and of what they answer for (so that an indicator nobody answers for, as most of a CSF
 * decree's are, still has its row), and the indicators nobody answers for that measure one of its elements. Its
 * elements: the same, and every element above them.
 */
@Repository
class MatriksQueries {

	private static final String ROOT = """
			MATCH (root:Node {id: $scope})
			RETURN root:Unit AS unit, root.kind AS kind, root.level AS level, root.name AS name
			""";

	private static final String SHEETS = """
			MATCH (root:Node {id: $scope})
			WHERE root:Unit
			CALL (root) {
			  OPTIONAL MATCH (pd:Unit)-[:PART_OF*1..]->(root)
			  WHERE root.level = 'PEMDA' AND pd.level = 'PERANGKAT_DAERAH'
			  WITH pd ORDER BY pd.sourceDocument, pd.seq, pd.name, pd.id
			  RETURN collect(pd) AS found
			}
			CALL (root, found) {
			  RETURN CASE WHEN root.level = 'PEMDA' THEN found ELSE [root] END AS pds
			}
			UNWIND pds AS pd
			CALL (pd) {
			  MATCH (pd)<-[:PART_OF*0..]-(unit:Unit)
			  RETURN collect(DISTINCT unit) AS units
			}
			CALL (units) {
			  UNWIND units AS unit
			  MATCH (unit)-[:RESPONSIBLE_FOR]->(owned:Node)
			  RETURN collect(DISTINCT owned) AS owned
			}
			CALL (units, owned) {
			  UNWIND units + owned AS node
			  WITH DISTINCT node.sourceDocument AS document
			  WHERE document IS NOT NULL
			  RETURN collect(document) AS documents
			}
			CALL (owned, documents) {
			  CALL (owned, documents) {
			    UNWIND owned AS n
			    WITH n WHERE n:Indikator
			    RETURN n
			    UNION
			    UNWIND documents AS document
			    MATCH (n:Indikator {sourceDocument: document})
			    RETURN n
			    UNION
			    UNWIND owned AS e
			    MATCH (e:Element)<-[:CONTRIBUTES_TO]-(n:Indikator)
			    WHERE NOT EXISTS { (n)<-[:RESPONSIBLE_FOR]-(:Unit) }
			    RETURN n
			  }
			  RETURN collect(DISTINCT n) AS indicators
			}
			CALL (owned, documents, indicators) {
			  CALL (owned, documents, indicators) {
			    UNWIND owned AS e
			    WITH e WHERE e:Element
			    RETURN e
			    UNION
			    UNWIND documents AS document
			    MATCH (e:Element {sourceDocument: document})
			    RETURN e
			  }
			  WITH collect(DISTINCT e) AS own, indicators
			  CALL (own, indicators) {
			    UNWIND own + indicators AS n
			    MATCH (n)-[:CONTRIBUTES_TO*1..]->(e:Element)
			    RETURN collect(DISTINCT e) AS above
			  }
			  UNWIND own + above AS e
			  WITH DISTINCT e
			  RETURN collect(e {.id, .kind, .level, .code, .name, .seq, .sourceDocument,
			      parents: [(e)-[:CONTRIBUTES_TO]->(p:Element) | p.id],
			      responsible: [(u:Unit)-[:RESPONSIBLE_FOR]->(e) | u.name]}) AS elements
			}
			CALL (documents) {
			  UNWIND documents AS id
			  MATCH (d:Document {id: id})
			  RETURN collect(d {.id, .periodStart, .periodEnd}) AS periods
			}
			RETURN pd {.id, .name, .code, .level} AS unit, elements, periods,
			  [i IN indicators | i {.id, .code, .name, .satuan, .seq, .sourceDocument, .targetYears, .targetRaw,
			      parents: [(i)-[:CONTRIBUTES_TO]->(p:Element) | p.id],
			      responsible: [(u:Unit)-[:RESPONSIBLE_FOR]->(i) | u.name]}] AS indicators
			""";

	private final Neo4jClient client;

	MatriksQueries(Neo4jClient client) {
		this.client = client;
	}

	/** What the scope id names: {@code unit}, {@code kind}, {@code level}, {@code name}; empty when nothing. */
	Optional<Map<String, Object>> root(String scope) {
		return this.client.query(ROOT).bind(scope).to("scope").fetch().first();
	}

	/** One row per perangkat daerah: {@code unit}, {@code elements}, {@code indicators}, {@code periods}. */
	List<Map<String, Object>> sheets(String scope) {
		return List.copyOf(this.client.query(SHEETS).bind(scope).to("scope").fetch().all());
	}

}
