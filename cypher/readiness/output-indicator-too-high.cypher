// Output indicators (kind OUTPUT, or named "Jumlah Dokumen ..." / "Jumlah Laporan ...") at the level of a
// Perangkat Daerah or the Pemda, where the IKU should state an outcome or impact.
CALL () {
  UNWIND $documents AS document
  MATCH (i:Indikator {sourceDocument: document})
  RETURN i
  UNION ALL
  UNWIND $nodes AS id
  MATCH (i:Node {id: id}) WHERE i:Indikator
  RETURN i
}
WITH i, toLower(trim(coalesce(i.name, ''))) AS name
WHERE i.level IN ['PEMDA', 'PERANGKAT_DAERAH']
  AND (i.indicatorKind = 'OUTPUT' OR name =~ '(?s)jumlah\\s+(dokumen|laporan)\\b.*')
RETURN i {.*} AS node,
       {level: i.level, indicatorKind: i.indicatorKind, iku: coalesce(i.iku, false)} AS evidence
