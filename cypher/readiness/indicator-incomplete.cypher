// Indicators missing a satuan, formula, data source or definition (blank counts as missing). Evidence names
// the missing fields by their column in the import format.
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
// one plain test per field: a list over the field names would read the properties by name, far slower
WITH i WHERE trim(coalesce(i.satuan, '')) = '' OR trim(coalesce(i.formula, '')) = ''
  OR trim(coalesce(i.dataSource, '')) = '' OR trim(coalesce(i.definition, '')) = ''
RETURN i {.*} AS node,
       {missing: [field IN ['satuan', 'formula', 'dataSource', 'definition'] WHERE trim(coalesce(i[field], '')) = ''
                  | CASE field WHEN 'dataSource' THEN 'data_source' ELSE field END]} AS evidence
