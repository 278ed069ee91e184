// CONTRIBUTES_TO links that jump over a level present in the node's own unit chain: the levels of the units that
// answer for it and of every unit above them (PART_OF). ASISTEN exists only in a Sekretariat Daerah, so a Bidang
// contributing straight to its Dinas skips nothing, while a Setda Bagian contributing straight to the Setda
// does. A node no unit answers for is judged by the levels used in its document instead.
CALL () {
  UNWIND $documents AS document
  MATCH (n:Node {sourceDocument: document})
  RETURN n
  UNION ALL
  UNWIND $nodes AS id
  MATCH (n:Node {id: id})
  RETURN n
}
MATCH (n)-[:CONTRIBUTES_TO]->(parent:Node)
WITH n, parent, $levels[n.level] AS fromRank, $levels[parent.level] AS toRank
WHERE fromRank - toRank >= 2
CALL (n) {
  OPTIONAL MATCH (n)<-[:RESPONSIBLE_FOR]-(:Unit)-[:PART_OF*0..]->(unit:Unit)
  RETURN collect(DISTINCT unit.level) AS chainLevels
}
CALL (n, chainLevels) {
  // the CASE keeps the document's nodes unread when the unit chain answered (a filter would run after the seek)
  MATCH (same:Node {sourceDocument: CASE WHEN size(chainLevels) = 0 THEN n.sourceDocument END})
  RETURN collect(DISTINCT same.level) AS documentLevels
}
WITH n, parent, fromRank, toRank, CASE WHEN size(chainLevels) > 0 THEN chainLevels ELSE documentLevels END AS present
WITH n, parent, [level IN $levelOrder WHERE toRank < $levels[level] < fromRank AND level IN present] AS skipped
WHERE size(skipped) > 0
RETURN n {.*} AS node,
       {fromLevel: n.level, toLevel: parent.level, skipped: skipped, parent: parent.id, parentName: parent.name} AS evidence,
       [parent {.*}] AS related
