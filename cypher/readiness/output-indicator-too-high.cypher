// Output indicators (kind OUTPUT, or named "Jumlah Dokumen ..." / "Jumlah Laporan ...") at the level of a
// Perangkat Daerah or the Pemda, where the IKU should state an outcome or impact.
// Only the indicators at those levels are read (index on :Indikator(sourceDocument, level), V004).
CALL () {
  UNWIND $documents AS document
  MATCH (i:Indikator {sourceDocument: document})
  WHERE i.level IN ['PEMDA', 'PERANGKAT_DAERAH']
  RETURN i
  UNION ALL
  UNWIND $nodes AS id
  MATCH (i:Node {id: id}) WHERE i:Indikator AND i.level IN ['PEMDA', 'PERANGKAT_DAERAH']
  RETURN i
}
WITH i WHERE i.indicatorKind = 'OUTPUT' OR toLower(trim(coalesce(i.name, ''))) =~ '(?s)jumlah\\s+(dokumen|laporan)\\b.*'
RETURN i {.*} AS node,
       {level: i.level, indicatorKind: i.indicatorKind, iku: coalesce(i.iku, false)} AS evidence
