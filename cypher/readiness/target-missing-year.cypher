// Indicators without a target for the year under evaluation ($year), when their document's plan period covers
// that year (or states no period). Runs only when a year is given.
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
OPTIONAL MATCH (d:Document {id: document})
UNWIND indicators AS i
WITH i, d, coalesce(i.targetYears, []) AS years, coalesce(i.targetRaw, []) AS raws
WITH i, toInteger(d.periodStart) AS periodStart, toInteger(d.periodEnd) AS periodEnd,
     [k IN range(0, size(years) - 1) WHERE trim(coalesce(raws[k], '')) <> '' | years[k]] AS targetYears
WHERE (periodStart IS NULL OR periodStart <= $year) AND (periodEnd IS NULL OR $year <= periodEnd)
  AND NOT $year IN targetYears
RETURN i {.*} AS node,
       {year: $year, targetYears: targetYears,
        planPeriod: CASE WHEN periodStart IS NOT NULL AND periodEnd IS NOT NULL THEN toString(periodStart) + '-' + toString(periodEnd) END} AS evidence
