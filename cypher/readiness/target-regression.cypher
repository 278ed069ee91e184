// Targets that get worse from one year to the next: lower than the year before for a higher-is-better (or
// unstated) polarity, higher for lower-is-better. Years are compared in order; targets with no number are skipped.
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
WITH i, i.polarity AS polarity, coalesce(i.targetYears, []) AS years
WHERE coalesce(polarity, '') <> 'RANGE' AND size(years) > 1
WITH i, polarity, years, i.targetValue AS values
// the usual case first, cheaply: stored in year order and never worse than the year before (a comparison with a
// target without a number, NaN, is false, so such lists take the full way below)
WHERE NOT CASE WHEN polarity = 'LOWER_IS_BETTER'
               THEN all(k IN range(1, size(years) - 1) WHERE years[k] > years[k - 1] AND values[k] <= values[k - 1])
               ELSE all(k IN range(1, size(years) - 1) WHERE years[k] > years[k - 1] AND values[k] >= values[k - 1]) END
WITH i, years, values, i.targetRaw AS raws, [k IN range(0, size(years) - 1) WHERE values[k] IS NOT NULL AND NOT isNaN(values[k])] AS numbered
// each target against the one of the nearest earlier year (lists are short; no sort needed)
WITH i, years, values, raws, [k IN numbered | [k, reduce(previous = -1, j IN numbered |
         CASE WHEN years[j] < years[k] AND (previous = -1 OR years[j] > years[previous]) THEN j ELSE previous END)]] AS pairs
WITH i, years, raws, [pair IN pairs WHERE pair[1] >= 0 AND CASE i.polarity
         WHEN 'LOWER_IS_BETTER' THEN values[pair[0]] > values[pair[1]] ELSE values[pair[0]] < values[pair[1]] END] AS worse
WHERE size(worse) > 0
RETURN i {.*} AS node,
       {polarity: coalesce(i.polarity, 'NOT_STATED'),
        drops: [pair IN worse | toString(years[pair[1]]) + ' (' + coalesce(raws[pair[1]], '') + ') -> '
                               + toString(years[pair[0]]) + ' (' + coalesce(raws[pair[0]], '') + ')']} AS evidence
