// Indicators with no baseline (kondisi awal).
CALL () {
  UNWIND $documents AS document
  MATCH (i:Indikator {sourceDocument: document})
  RETURN i
  UNION ALL
  UNWIND $nodes AS id
  MATCH (i:Node {id: id}) WHERE i:Indikator
  RETURN i
}
WITH i WHERE trim(coalesce(i.baselineRaw, '')) = ''
RETURN i {.*} AS node, {} AS evidence
