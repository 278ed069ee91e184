// Indicators that contribute somewhere but never reach the top of the cascade: an element whose kind is in
// $topKinds or whose level is in $topLevels (the configured top, $top, and what lies above it).
// Set-based, no path enumeration: find the tops (in the scope, or above the links that leave it), take every
// indicator that reaches one of them (a DISTINCT expand down from each top), and report the indicators of the
// scope outside that set, with the nodes where their chain stops.
CALL () {
  CALL () {
    UNWIND $documents AS document
    MATCH (e:Element {sourceDocument: document})
    RETURN e
    UNION ALL
    UNWIND $nodes AS id
    MATCH (e:Node {id: id}) WHERE e:Element
    RETURN e
  }
  WITH e WHERE e.kind IN $topKinds OR e.level IN $topLevels
  RETURN e AS top
  UNION
  CALL () {
    UNWIND $documents AS document
    MATCH (n:Node {sourceDocument: document})
    RETURN n
    UNION ALL
    UNWIND $nodes AS id
    MATCH (n:Node {id: id})
    RETURN n
  }
  MATCH (n)-[:CONTRIBUTES_TO]->(outside:Node)
  WHERE NOT (coalesce(outside.sourceDocument, '') IN $documents OR outside.id IN $nodes)
  WITH DISTINCT outside
  MATCH (outside)-[:CONTRIBUTES_TO*0..]->(top:Element)
  WHERE top.kind IN $topKinds OR top.level IN $topLevels
  RETURN DISTINCT top
}
WITH collect(top) AS tops
CALL (tops) {
  UNWIND tops AS top
  MATCH (top)<-[:CONTRIBUTES_TO*]-(reaching:Indikator)
  RETURN collect(DISTINCT reaching) AS reaching
}
CALL () {
  UNWIND $documents AS document
  MATCH (i:Indikator {sourceDocument: document})
  RETURN i
  UNION ALL
  UNWIND $nodes AS id
  MATCH (i:Node {id: id}) WHERE i:Indikator
  RETURN i
}
WITH i, reaching
WHERE EXISTS { (i)-[:CONTRIBUTES_TO]->() } AND NOT i IN reaching
// where the chain stops: the nodes above it with no parent (none when it ends in a cycle)
CALL (i) {
  MATCH (i)-[:CONTRIBUTES_TO*]->(above:Node)
  WITH DISTINCT above
  WHERE NOT EXISTS { (above)-[:CONTRIBUTES_TO]->() }
  RETURN collect(above) AS stops
}
RETURN i {.*} AS node,
       {stops: [s IN stops | s.id + ' (' + s.kind + ', ' + coalesce(s.level, '-') + ')'], top: $top} AS evidence,
       [s IN stops | s {.*}] AS related
