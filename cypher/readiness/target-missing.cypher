// Indicators without a target for every year of the plan period of their document (Document periodStart ..
// periodEnd; a blank target counts as missing), or, when the document states no period, with no target at all.
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
WITH i.sourceDocument AS document, collect(i) AS indicators
OPTIONAL MATCH (d:Document {id: document})
// the plan period, once per document
WITH indicators, toInteger(d.periodStart) AS periodStart, toInteger(d.periodEnd) AS periodEnd
WITH indicators, CASE WHEN periodStart IS NOT NULL AND periodEnd IS NOT NULL AND periodStart <= periodEnd
                      THEN range(periodStart, periodEnd) ELSE [] END AS period
UNWIND indicators AS i
WITH i, period, coalesce(i.targetYears, []) AS years, coalesce(i.targetRaw, []) AS raws
// the usual case first, cheaply: targets for exactly the years of the period, none of them blank
WHERE NOT (size(period) > 0 AND years = period AND size(raws) = size(years) AND none(raw IN raws WHERE trim(raw) = ''))
WITH i, period, [k IN range(0, size(years) - 1) WHERE trim(coalesce(raws[k], '')) <> '' | years[k]] AS targetYears
WITH i, period, targetYears, [year IN period WHERE NOT year IN targetYears] AS missingYears
WHERE size(missingYears) > 0 OR size(targetYears) = 0
RETURN i {.*} AS node,
       {missingYears: missingYears, targetYears: targetYears,
        planPeriod: CASE WHEN size(period) > 0 THEN toString(head(period)) + '-' + toString(last(period)) END} AS evidence
