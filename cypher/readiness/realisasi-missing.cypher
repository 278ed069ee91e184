// Indicators with a target for the year under evaluation ($year) but no realisasi for a quarter of it that has
// ended (by the database's clock), in a document that has begun to report realisasi for that year (one of its
// indicators has one): a plan nobody reports in Pokin is not flagged quarter by quarter. A realisasi for the whole
// year (YEAR) counts for every quarter. Runs only when a year is given.
CALL () {
  UNWIND $documents AS document
  MATCH (i:Indikator {sourceDocument: document})
  RETURN i
  UNION ALL
  UNWIND $nodes AS id
  MATCH (i:Node {id: id}) WHERE i:Indikator
  RETURN i
}
WITH i.sourceDocument AS document, collect(i) AS indicators
// once per document: has it begun to report this year?
WHERE EXISTS {
  MATCH (x:Indikator {sourceDocument: document})
  WHERE $year IN coalesce(x.realisasiYears, [])
}
WITH indicators,
     CASE WHEN $year < date().year THEN 4 WHEN $year = date().year THEN date().quarter - 1 ELSE 0 END AS ended
WHERE ended > 0
UNWIND indicators AS i
WITH i, ended, coalesce(i.realisasiYears, []) AS years, coalesce(i.realisasiPeriods, []) AS periods
WHERE $year IN coalesce(i.targetYears, [])
  AND none(k IN range(0, size(years) - 1) WHERE years[k] = $year AND periods[k] = 'YEAR')
WITH i, ended, [q IN range(1, ended) WHERE none(k IN range(0, size(years) - 1)
       WHERE years[k] = $year AND periods[k] = 'TW' + toString(q)) | 'TW' + toString(q)] AS missing
WHERE size(missing) > 0
RETURN i {.*} AS node, {year: $year, missingPeriods: missing, quartersEnded: ended} AS evidence
