// The CONTRIBUTES_TO links that can lie on a cycle; the cycles themselves (strongly connected components) are
// found from these in Java, each once.
// Going up the cascade a link leads to a higher level, or at one level from an indicator to an element or from a
// Sasaran or condition to a Tujuan. A cycle comes back to where it started, so at least one of its links does not
// go up: every member of the cycle lies above that link's parent. So the links that can be on a cycle are those
// leaving the scope's nodes above the parents of the links that do not go up (few in a sound cascade), not every
// link of the scope.
CALL () {
  UNWIND $documents AS document
  MATCH (n:Node {sourceDocument: document})
  RETURN n
  UNION ALL
  UNWIND $nodes AS id
  MATCH (n:Node {id: id})
  RETURN n
}
MATCH (n)-[:CONTRIBUTES_TO]->(parent)
WITH n, parent, $levels[n.level] AS fromRank, $levels[parent.level] AS toRank
WHERE fromRank IS NULL OR toRank IS NULL OR toRank > fromRank
   OR (toRank = fromRank AND NOT (n:Indikator AND parent:Element) AND NOT ((n:Sasaran OR n:Kondisi) AND parent:Tujuan))
WITH DISTINCT parent
MATCH (parent)-[:CONTRIBUTES_TO*0..]->(above)
WITH DISTINCT above
WHERE coalesce(above.sourceDocument, '') IN $documents OR above.id IN $nodes
MATCH (above)-[:CONTRIBUTES_TO]->(next)
RETURN above.id AS from, next.id AS to
