package id.pokin.suggest;

import java.util.List;
import java.util.Map;

import id.pokin.database.GraphReads;

import org.springframework.stereotype.Repository;

/**
 * The two reads of a suggestion: the node (with its units and their parent units), then every candidate parent with
 * the signals that brought it, in one query. Each is a read of its own ({@link GraphReads}: in-process on the
 * embedded default); the second needs the first's name and code to build its full-text query and code keys.
 */
@Repository
class SuggestionQueries {

	static final String NODE = """
			MATCH (n:Node {id: $id})
			RETURN n {.*} AS node,
			       COLLECT { MATCH (n)<-[:RESPONSIBLE_FOR]-(u:Unit) RETURN u {.id, .name, .level} } AS units,
			       COLLECT { MATCH (n)<-[:RESPONSIBLE_FOR]-(:Unit)-[:PART_OF]->(p:Unit)
			                 RETURN DISTINCT p {.id, .name, .level} } AS parentUnits
			""";

	/**
	 * Candidates come from five places, each bounded, and are then filtered once: never the node itself, a current
	 * parent, a descendant (the link would close a cycle) or an element at a lower level (or a Sasaran or Kondisi for
	 * a Tujuan of the same level: the level-reversal rule). Indicators may hang under any element.
	 * <ul>
	 * <li>TEXT: the best full-text matches of the name among the elements of the node's region (its document's region's
	 * documents; without one, anywhere);</li>
	 * <li>SAME_UNIT, PARENT_UNIT: what the node's units and the units they belong to answer for;</li>
	 * <li>CODE: elements of the same document whose code key may be a prefix of the node's code;</li>
	 * <li>ABOVE: the nearest elements before the node in its document at a higher level (only where elements and the
	 * node's rows are numbered in one sequence: in an import file each table numbers its own rows, so an element
	 * holding the node's own number says the two orders cannot be compared);</li>
	 * <li>ROW_BEFORE, ROW_AFTER: the parents of the rows just before and after the node in its table (same kind and,
	 * for elements, level): a table's rows follow their parent.</li>
	 * </ul>
	 */
	static final String CANDIDATES = """
			MATCH (n:Node {id: $id})
			WITH n, CASE WHEN n:Indikator THEN null ELSE $levels[n.level] END AS rank,
			     COLLECT { MATCH (n)-[:CONTRIBUTES_TO]->(p:Node) RETURN p.id } AS linked,
			     COLLECT { MATCH (d:Document {id: n.sourceDocument}) WHERE d.region IS NOT NULL
			               MATCH (o:Document) WHERE o.region = d.region RETURN o.id } AS documents
			WITH n, rank, linked, documents,
			     n:Element OR NOT EXISTS { MATCH (e:Element {sourceDocument: n.sourceDocument, seq: n.seq}) } AS oneOrder
			CALL (n, rank, documents, oneOrder) {
			  WITH n, documents WHERE $text IS NOT NULL
			  CALL db.index.fulltext.queryNodes('element_name_id', $text) YIELD node
			  WITH node WHERE size(documents) = 0 OR node.sourceDocument IN documents
			  RETURN node AS c, 'TEXT' AS signal, 0 AS distance
			  LIMIT $textLimit
			  UNION ALL
			  UNWIND $units + $parentUnits AS unitId
			  MATCH (:Node {id: unitId})-[:RESPONSIBLE_FOR]->(c:Element)
			  RETURN c, CASE WHEN unitId IN $parentUnits THEN 'PARENT_UNIT' ELSE 'SAME_UNIT' END AS signal, 0 AS distance
			  UNION ALL
			  UNWIND $codeKeys AS key
			  MATCH (c:Element {sourceDocument: n.sourceDocument, codeKey: key})
			  RETURN c, 'CODE' AS signal, 0 AS distance
			  UNION ALL
			  WITH n, rank WHERE oneOrder
			  MATCH (c:Element)
			  WHERE c.sourceDocument = n.sourceDocument AND c.seq < n.seq
			    AND (rank IS NULL OR $levels[c.level] < rank
			         OR ($levels[c.level] = rank AND c.kind = 'TUJUAN' AND n.kind <> 'TUJUAN'))
			  WITH n, c ORDER BY c.seq DESC LIMIT $above
			  RETURN c, 'ABOVE' AS signal, n.seq - c.seq AS distance
			  UNION ALL
			  WITH n WHERE n:Element
			  MATCH (r:Element)
			  WHERE r.sourceDocument = n.sourceDocument AND r.seq < n.seq AND r.kind = n.kind
			    AND coalesce(r.level, '') = coalesce(n.level, '')
			  WITH n, r ORDER BY r.seq DESC LIMIT $rows
			  MATCH (r)-[:CONTRIBUTES_TO]->(c:Element)
			  RETURN c, 'ROW_BEFORE' AS signal, n.seq - r.seq AS distance
			  UNION ALL
			  WITH n WHERE n:Element
			  MATCH (r:Element)
			  WHERE r.sourceDocument = n.sourceDocument AND r.seq > n.seq AND r.kind = n.kind
			    AND coalesce(r.level, '') = coalesce(n.level, '')
			  WITH n, r ORDER BY r.seq ASC LIMIT $rows
			  MATCH (r)-[:CONTRIBUTES_TO]->(c:Element)
			  RETURN c, 'ROW_AFTER' AS signal, r.seq - n.seq AS distance
			  UNION ALL
			  WITH n WHERE n:Indikator
			  MATCH (r:Indikator)
			  WHERE r.sourceDocument = n.sourceDocument AND r.seq < n.seq
			  WITH n, r ORDER BY r.seq DESC LIMIT $rows
			  MATCH (r)-[:CONTRIBUTES_TO]->(c:Element)
			  RETURN c, 'ROW_BEFORE' AS signal, n.seq - r.seq AS distance
			  UNION ALL
			  WITH n WHERE n:Indikator
			  MATCH (r:Indikator)
			  WHERE r.sourceDocument = n.sourceDocument AND r.seq > n.seq
			  WITH n, r ORDER BY r.seq ASC LIMIT $rows
			  MATCH (r)-[:CONTRIBUTES_TO]->(c:Element)
			  RETURN c, 'ROW_AFTER' AS signal, r.seq - n.seq AS distance
			}
			WITH n, rank, linked, c, collect({signal: signal, distance: distance}) AS signals
			WHERE c <> n AND NOT c.id IN linked
			  AND (rank IS NULL OR c.level IS NULL OR $levels[c.level] < rank
			       OR ($levels[c.level] = rank AND (n.kind <> 'TUJUAN' OR c.kind = 'TUJUAN')))
			  AND NOT EXISTS { MATCH (c)-[:CONTRIBUTES_TO*1..]->(n) }
			RETURN c {.*} AS node, signals,
			       COLLECT { MATCH (c)<-[:RESPONSIBLE_FOR]-(u:Unit) RETURN u.id } AS units
			""";

	private final GraphReads reads;

	SuggestionQueries(GraphReads reads) {
		this.reads = reads;
	}

	Map<String, Object> node(String id) {
		return this.reads.list(NODE, Map.of("id", id)).stream().findFirst().orElse(null);
	}

	List<Map<String, Object>> candidates(Map<String, Object> parameters) {
		return this.reads.list(CANDIDATES, parameters);
	}

}
