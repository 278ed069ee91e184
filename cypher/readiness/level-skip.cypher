// CONTRIBUTES_TO links that jump over a level present in the node's own unit chain: the levels of the units that
// answer for it and of every unit above them (PART_OF). ASISTEN exists only in a Sekretariat Daerah, so a Bidang
// contributing straight to its Dinas skips nothing, while a Setda Bagian contributing straight to the Setda
// does. A node no unit answers for is judged by the levels used in its document instead.
// In a document checked for the stored rules only the nodes flagged AtFault can skip a level: checking flags every
// node with a link two or more levels up (candidates/level-skip.cypher). Other documents are read whole.
CALL () {
  UNWIND $checkedDocuments AS document
  MATCH (n:AtFault {sourceDocument: document})
  USING INDEX n:AtFault(sourceDocument)
  RETURN n
  UNION ALL
  UNWIND $uncheckedDocuments AS document
  MATCH (n:Node {sourceDocument: document})
  RETURN n
  UNION ALL
  UNWIND $nodes AS id
  MATCH (n:Node {id: id})
  RETURN n
}
// only a node two levels or more below the top can skip one: the links of the others are not read
WITH n, $levels[n.level] AS fromRank
WHERE fromRank >= 2
MATCH (n)-[:CONTRIBUTES_TO]->(parent)
WITH n, parent, fromRank, $levels[parent.level] AS toRank
WHERE fromRank - toRank >= 2
WITH n, parent, [level IN $levelOrder WHERE toRank < $levels[level] < fromRank] AS between,
     COLLECT { MATCH (n)<-[:RESPONSIBLE_FOR]-(:Unit)-[:PART_OF*0..]->(unit:Unit) RETURN DISTINCT unit.level } AS chainLevels
// without a unit chain, a level counts where the document uses it (one index seek per level, V004)
WITH n, parent, CASE WHEN size(chainLevels) > 0 THEN [level IN between WHERE level IN chainLevels]
                     ELSE [level IN between WHERE EXISTS { MATCH (:Node {sourceDocument: n.sourceDocument, level: level}) }] END AS skipped
WHERE size(skipped) > 0
RETURN n {.*} AS node,
       {fromLevel: n.level, toLevel: parent.level, skipped: skipped, parent: parent.id, parentName: parent.name} AS evidence,
       [parent {.*}] AS related
