package id.pokin.suggest;

import java.util.List;
import java.util.Map;

import id.pokin.graph.GraphReads;

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
	 * Candidates come from six places, each bounded, and are then filtered once: never the node itself, a current
	 * parent, a descendant (the link would close a cycle) or an element at a lower level (or a Sasaran or Kondisi for
	 * a Tujuan of the same level: the level-reversal rule). Indicators may hang under any element.
	 * <ul>
	 * <li>TEXT: the best full-text matches of the name among the elements of the node's region (its document's region's
	 * documents; without one, anywhere), from the index's best {@code $textHits} matches;</li>
	 * <li>SAME_UNIT, PARENT_UNIT: what the node's units and the units they belong to answer for;</li>
	 * <li>CODE: elements of the same document whose code key may be a prefix of the node's code;</li>
	 * <li>ROW_BEFORE, ROW_AFTER: the parents of the nearest rows before and after the node in its table (same
	 * document, kind and level) that have one, within {@code $window} rows of the document: a table's rows follow
	 * their parents;</li>
	 * <li>BETWEEN: the elements of the document between those two parents, when the parents come in document order
	 * (the rows follow their parents' order, so a row whose neighbours hang under different parents belongs to one
	 * of them or to an element between them);</li>
	 * <li>ABOVE: the nearest element before the node in its document at a higher level, within {@code $window} rows
	 * (only where elements and the
	 * node's rows are numbered in one sequence: in an import file each table numbers its own rows, so an element
	 * holding the node's own number says the two orders cannot be compared).</li>
	 * </ul>
	 */
	static final String CANDIDATES = """
			MATCH (n:Node {id: $id})
			WITH n, CASE WHEN n:Indikator THEN null ELSE $levels[n.level] END AS rank,
			     COLLECT { MATCH (n)-[:CONTRIBUTES_TO]->(p:Node) RETURN p.id } AS linked,
			     COLLECT { MATCH (d:Document {id: n.sourceDocument}) WHERE d.region IS NOT NULL
			               MATCH (o:Document) WHERE o.region = d.region RETURN o.id } AS documents
			WITH n, rank, linked, documents,
			     n:Element OR NOT EXISTS { MATCH (e:Node {sourceDocument: n.sourceDocument, seq: n.seq}) WHERE e:Element } AS oneOrder
			OPTIONAL CALL (n) {
			  MATCH (r:Node)
			  WHERE r.sourceDocument = n.sourceDocument AND r.seq < n.seq
			  WITH n, r ORDER BY r.seq DESC LIMIT $window
			  WITH n, r WHERE r.kind = n.kind AND coalesce(r.level, '') = coalesce(n.level, '')
			    AND EXISTS { (r)-[:CONTRIBUTES_TO]->(:Element) }
			  RETURN r AS before ORDER BY r.seq DESC LIMIT 1
			}
			OPTIONAL CALL (n) {
			  MATCH (r:Node)
			  WHERE r.sourceDocument = n.sourceDocument AND r.seq > n.seq
			  WITH n, r ORDER BY r.seq ASC LIMIT $window
			  WITH n, r WHERE r.kind = n.kind AND coalesce(r.level, '') = coalesce(n.level, '')
			    AND EXISTS { (r)-[:CONTRIBUTES_TO]->(:Element) }
			  RETURN r AS after ORDER BY r.seq ASC LIMIT 1
			}
			CALL (n, before, after) {
			  OPTIONAL MATCH (before)-[:CONTRIBUTES_TO]->(p:Element {sourceDocument: n.sourceDocument})
			  WITH max(p.seq) AS low
			  OPTIONAL MATCH (after)-[:CONTRIBUTES_TO]->(p:Element {sourceDocument: n.sourceDocument})
			  RETURN low, min(p.seq) AS high
			}
			CALL (n, rank, documents, oneOrder, before, after, low, high) {
			  WITH n, documents WHERE $text IS NOT NULL
			  CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()
			  CALL db.index.fulltext.queryNodes('element_name_id', $text, {limit: $textHits}) YIELD node
			  WITH node WHERE size(documents) = 0 OR node.sourceDocument IN documents
			  RETURN node AS c, 'TEXT' AS signal
			  LIMIT $textLimit
			  UNION ALL
			  UNWIND $units + $parentUnits AS unitId
			  MATCH (:Node {id: unitId})-[:RESPONSIBLE_FOR]->(c:Element)
			  RETURN c, CASE WHEN unitId IN $parentUnits THEN 'PARENT_UNIT' ELSE 'SAME_UNIT' END AS signal
			  UNION ALL
			  UNWIND $codeKeys AS key
			  MATCH (c:Element {sourceDocument: n.sourceDocument, codeKey: key})
			  RETURN c, 'CODE' AS signal
			  UNION ALL
			  MATCH (before)-[:CONTRIBUTES_TO]->(c:Element)
			  RETURN c, 'ROW_BEFORE' AS signal
			  UNION ALL
			  MATCH (after)-[:CONTRIBUTES_TO]->(c:Element)
			  RETURN c, 'ROW_AFTER' AS signal
			  UNION ALL
			  WITH n, low, high WHERE low < high
			  MATCH (c:Node)
			  WHERE c.sourceDocument = n.sourceDocument AND c.seq > low AND c.seq < high AND c:Element
			  RETURN c, 'BETWEEN' AS signal
			  LIMIT $between
			  UNION ALL
			  WITH n, rank WHERE oneOrder
			  MATCH (c:Node)
			  WHERE c.sourceDocument = n.sourceDocument AND c.seq < n.seq
			  WITH n, rank, c ORDER BY c.seq DESC LIMIT $window
			  WITH c WHERE c:Element
			    AND (rank IS NULL OR $levels[c.level] < rank
			         OR ($levels[c.level] = rank AND c.kind = 'TUJUAN' AND n.kind <> 'TUJUAN'))
			  WITH c ORDER BY c.seq DESC LIMIT 1
			  RETURN c, 'ABOVE' AS signal
			}
			WITH n, rank, linked, low, high, c, collect(DISTINCT signal) AS signals
			WHERE c <> n AND NOT c.id IN linked
			  AND (rank IS NULL OR c.level IS NULL OR $levels[c.level] < rank
			       OR ($levels[c.level] = rank AND (n.kind <> 'TUJUAN' OR c.kind = 'TUJUAN')))
			  AND NOT EXISTS { MATCH (c)-[:CONTRIBUTES_TO*1..]->(n) }
			RETURN c {.*} AS node, signals, low < high AS inOrder,
			       COLLECT { MATCH (c)<-[:RESPONSIBLE_FOR]-(u:Unit) RETURN u.id } AS units,
			       EXISTS { MATCH (c)<-[:CONTRIBUTES_TO]-(:Indikator) } AS measured
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
