// CONTRIBUTES_TO links that point down the cascade: to a lower level (a Perangkat Daerah sasaran contributing to
// a Bagian's), or, at the same level, from a Tujuan to a Sasaran or condition, or from an element to an indicator.
// stored: a checked document's nodes this rule can find are flagged AtFault (README.md, Stored findings)
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
MATCH (n)-[:CONTRIBUTES_TO]->(parent:Node)
WHERE $levels[n.level] < $levels[parent.level]
   OR (n.level = parent.level AND n.kind = 'TUJUAN' AND parent.kind IN ['SASARAN', 'KONDISI'])
   OR (n:Element AND parent:Indikator)
RETURN n {.*} AS node,
       {fromKind: n.kind, fromLevel: n.level, toKind: parent.kind, toLevel: parent.level,
        parent: parent.id, parentName: parent.name} AS evidence,
       [parent {.*}] AS related
