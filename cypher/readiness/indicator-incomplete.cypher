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
WITH i, [field IN [['satuan', i.satuan], ['formula', i.formula], ['data_source', i.dataSource], ['definition', i.definition]]
         WHERE trim(coalesce(field[1], '')) = '' | field[0]] AS missing
WHERE size(missing) > 0
RETURN i {.*} AS node, {missing: missing} AS evidence
