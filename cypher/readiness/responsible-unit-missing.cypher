// Indicators, sasaran and conditions that no unit answers for (no RESPONSIBLE_FOR). The units answering for
// what the node contributes to are given as a hint of who should.
CALL () {
  UNWIND $documents AS document
  MATCH (n:Node {sourceDocument: document})
  RETURN n
  UNION ALL
  UNWIND $nodes AS id
  MATCH (n:Node {id: id})
  RETURN n
}
WITH n WHERE (n:Indikator OR n.kind IN ['SASARAN', 'KONDISI']) AND NOT EXISTS { (n)<-[:RESPONSIBLE_FOR]-(:Unit) }
RETURN n {.*} AS node,
       {kind: n.kind,
        unitsAbove: COLLECT { MATCH (n)-[:CONTRIBUTES_TO]->(:Node)<-[:RESPONSIBLE_FOR]-(u:Unit) RETURN DISTINCT u.name }} AS evidence
