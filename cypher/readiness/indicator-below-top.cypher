// Indicators that contribute somewhere but never reach the top of the cascade: an element whose kind is in
// $topKinds or whose level is in $topLevels (the configured top, $top, and what lies above it); one finding per
// node where such chains stop, naming the indicators (the first 20, by name) and how many there are.
// No path enumeration for the sound ones: every indicator reached by a DISTINCT expand down from the tops of the
// scope is fine. Only the rest (the findings, and chains that leave the scope) are followed up, each on its own,
// to a top anywhere: so the answer is the same for any scope, as it must be for a rule that is local.
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
  UNWIND [e] AS top
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
  AND NOT EXISTS { MATCH (i)-[:CONTRIBUTES_TO*]->(top:Element) WHERE top.kind IN $topKinds OR top.level IN $topLevels }
// where the chain stops: the nodes above it with no parent (none when it ends in a cycle, which contribution-cycle
// reports). One finding per stop node: the indicators whose chains stop there share that one cause and one fix.
CALL (i) {
  MATCH (i)-[:CONTRIBUTES_TO*]->(above:Node)
  WITH DISTINCT above
  WHERE NOT EXISTS { (above)-[:CONTRIBUTES_TO]->() }
  RETURN above AS stop
}
WITH stop, collect(i) AS affected
RETURN stop {.*} AS node,
       {affectedCount: size(affected), top: $top,
        affected: COLLECT { UNWIND affected AS a WITH a ORDER BY a.name, a.id LIMIT 20 RETURN a.id AS id }} AS evidence,
       COLLECT { UNWIND affected AS a WITH a ORDER BY a.name, a.id LIMIT 20 RETURN a {.*} AS a } AS affected
