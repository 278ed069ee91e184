// Indicators missing a satuan, formula, data source or definition (blank counts as missing). Evidence names
// the missing fields by their column in the import format.
CALL () {
  UNWIND $documents AS document
  MATCH (i:Indikator {sourceDocument: document})
  RETURN i
  UNION ALL
  UNWIND $nodes AS id
  MATCH (i:Node {id: id}) WHERE i:Indikator
  RETURN i
}
WITH i, [field IN ['satuan', 'formula', 'dataSource', 'definition'] WHERE trim(coalesce(i[field], '')) = ''
         | CASE field WHEN 'dataSource' THEN 'data_source' ELSE field END] AS missing
WHERE size(missing) > 0
RETURN i {.*} AS node, {missing: missing} AS evidence
