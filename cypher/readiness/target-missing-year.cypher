// Indicators without a target for the year under evaluation ($year), when their document's plan period covers
// that year (or states no period). Runs only when a year is given.
// In a document checked for the stored rules that states its plan period, an indicator without a target for a year
// of the period is one target-missing flags AtFault (README.md, Stored findings): only those are read. A checked
// document without a period is read whole, as is every document not checked.
CALL () {
  UNWIND $checkedDocuments AS document
  OPTIONAL MATCH (d:Document {id: document})
  WITH document, toInteger(d.periodStart) IS NOT NULL AND toInteger(d.periodEnd) IS NOT NULL AS withPeriod
  CALL (document, withPeriod) {
    WITH document WHERE withPeriod
    MATCH (i:AtFault {sourceDocument: document})
    USING INDEX i:AtFault(sourceDocument)
    WHERE i:Indikator
    RETURN i
    UNION ALL
    WITH document WHERE NOT withPeriod
    MATCH (i:Indikator {sourceDocument: document})
    RETURN i
  }
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
WITH i.sourceDocument AS document, collect(i) AS indicators
OPTIONAL MATCH (d:Document {id: document})
// the plan period, once per document: the indicators of a plan that does not cover the year are not read at all
WITH indicators, toInteger(d.periodStart) AS periodStart, toInteger(d.periodEnd) AS periodEnd
WHERE (periodStart IS NULL OR periodStart <= $year) AND (periodEnd IS NULL OR $year <= periodEnd)
UNWIND indicators AS i
WITH i, periodStart, periodEnd, coalesce(i.targetYears, []) AS years, coalesce(i.targetRaw, []) AS raws
WHERE none(k IN range(0, size(years) - 1) WHERE years[k] = $year AND trim(coalesce(raws[k], '')) <> '')
RETURN i {.*} AS node,
       {year: $year, targetYears: [k IN range(0, size(years) - 1) WHERE trim(coalesce(raws[k], '')) <> '' | years[k]],
        planPeriod: CASE WHEN periodStart IS NOT NULL AND periodEnd IS NOT NULL THEN toString(periodStart) + '-' + toString(periodEnd) END} AS evidence
