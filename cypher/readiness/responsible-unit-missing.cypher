// Indicators, sasaran and conditions that no unit answers for (no RESPONSIBLE_FOR). The units answering for
// what the node contributes to are given as a hint of who should.
// Read by label (Indikator, Sasaran, Kondisi: every node carries its kind's label): units and Tujuan, which
// hold many links, are never expanded.
// stored: a checked document's nodes this rule can find are flagged AtFault (README.md, Stored findings)
CALL () {
  UNWIND $checkedDocuments AS document
  MATCH (n:AtFault {sourceDocument: document})
  USING INDEX n:AtFault(sourceDocument)
  WHERE n:Indikator OR n:Sasaran OR n:Kondisi
  RETURN n
  UNION ALL
  UNWIND $uncheckedDocuments AS document
  MATCH (n:Indikator {sourceDocument: document})
  RETURN n
  UNION ALL
  UNWIND $uncheckedDocuments AS document
  MATCH (n:Element {sourceDocument: document}) WHERE n:Sasaran OR n:Kondisi
  RETURN n
  UNION ALL
  UNWIND $nodes AS id
  MATCH (n:Node {id: id}) WHERE n:Indikator OR n:Sasaran OR n:Kondisi
  RETURN n
}
WITH n WHERE NOT EXISTS { (n)<-[:RESPONSIBLE_FOR]-(:Unit) }
RETURN n {.*} AS node,
       {kind: n.kind,
        unitsAbove: COLLECT { MATCH (n)-[:CONTRIBUTES_TO]->(:Node)<-[:RESPONSIBLE_FOR]-(u:Unit) RETURN DISTINCT u.name }} AS evidence
