// Satuan, formula and name that disagree on whether the indicator is a percentage:
// a "x 100%" formula (also X 100 %, x100, * 100, dikali 100; not "x 100.000", per hundred thousand) with a satuan
// that is not a percentage; a percentage satuan with a stated formula that does not multiply by 100; a name
// starting "Persentase" with a satuan that is not a percentage, or naming a count ("Jumlah ...", "Dokumen ...",
// "Laporan ...") with a percentage satuan. A missing satuan or formula is indicator-incomplete's business.
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
WITH i, toLower(trim(coalesce(i.satuan, ''))) AS satuan, toLower(trim(coalesce(i.formula, ''))) AS formula,
     toLower(trim(coalesce(i.name, ''))) AS name
// each test in CASE, cheapest first: the common spellings settle most rows before any regular expression runs
// (" x 100%" and a name starting "persentase " or "jumlah " match the expressions below by construction)
WITH i, satuan, formula,
     satuan IN ['%', '(%)', 'persen', 'persentase', 'prosentase', 'presentase'] OR satuan STARTS WITH 'persen' AS percentSatuan,
     CASE WHEN NOT formula CONTAINS '100' THEN false
          WHEN formula CONTAINS ' x 100%' THEN true
          ELSE formula =~ '(?s).*(\\bx|\\*|\u00d7|kali)\\s*100(?![.,]?\\d).*' END AS percentFormula,
     CASE WHEN NOT name STARTS WITH 'p' THEN false
          WHEN name STARTS WITH 'persentase ' THEN true
          ELSE name =~ '(?s)(persentase|prosentase|presentase|pesentase)\\b.*' END AS percentName,
     CASE WHEN NOT (name STARTS WITH 'jumlah' OR name STARTS WITH 'dokumen' OR name STARTS WITH 'laporan') THEN false
          WHEN name STARTS WITH 'jumlah ' OR name STARTS WITH 'dokumen ' OR name STARTS WITH 'laporan ' THEN true
          ELSE name =~ '(?s)(jumlah|dokumen|laporan)\\b.*' END AS countName
WITH i, [reason IN [
         CASE WHEN percentFormula AND satuan <> '' AND NOT percentSatuan THEN 'formula-percent-satuan-not' END,
         CASE WHEN percentSatuan AND formula <> '' AND NOT percentFormula THEN 'satuan-percent-formula-not' END,
         CASE WHEN percentName AND satuan <> '' AND NOT percentSatuan THEN 'name-percent-satuan-not' END,
         CASE WHEN countName AND percentSatuan THEN 'name-count-satuan-percent' END]
       WHERE reason IS NOT NULL] AS reasons
WHERE size(reasons) > 0
RETURN i {.*} AS node, {reasons: reasons, satuan: i.satuan, formula: i.formula} AS evidence
