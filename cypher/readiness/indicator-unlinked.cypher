// Indicators that contribute to nothing at all: no CONTRIBUTES_TO link leaves them.
// stored: a checked document's indicators this rule can find are flagged AtFault (README.md, Stored findings)
CALL () {
  UNWIND $checkedDocuments AS document
  MATCH (i:AtFault {sourceDocument: document})
  USING INDEX i:AtFault(sourceDocument)
  WHERE i:Indikator
  RETURN i
  UNION ALL
  UNWIND $uncheckedDocuments AS document
  MATCH (i:Indikator {sourceDocument: document})
  RETURN i
  UNION ALL
  UNWIND $nodes AS id
  MATCH (i:Node {id: id}) WHERE i:Indikator
  RETURN i
}
WITH i WHERE NOT EXISTS { (i)-[:CONTRIBUTES_TO]->() }
RETURN i {.*} AS node,
       {responsibleUnits: [(u:Unit)-[:RESPONSIBLE_FOR]->(i) | u.name]} AS evidence
