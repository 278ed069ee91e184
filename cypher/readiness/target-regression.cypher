// Targets that get worse from one year to the next: lower than the year before for a higher-is-better (or
// unstated) polarity, higher for lower-is-better. Years are compared in order; targets with no number are skipped.
CALL () {
  UNWIND $documents AS document
  MATCH (i:Indikator {sourceDocument: document})
  RETURN i
  UNION ALL
  UNWIND $nodes AS id
  MATCH (i:Node {id: id}) WHERE i:Indikator
  RETURN i
}
WITH i WHERE coalesce(i.polarity, '') <> 'RANGE'
WITH i, COLLECT {
  UNWIND range(0, size(coalesce(i.targetYears, [])) - 1) AS k
  WITH i.targetYears[k] AS year, i.targetValue[k] AS value, i.targetRaw[k] AS raw
  WHERE value IS NOT NULL AND NOT isNaN(value)
  RETURN {year: year, value: value, raw: coalesce(raw, toString(value))} ORDER BY year
} AS targets
WITH i, targets, [k IN range(1, size(targets) - 1)
     WHERE CASE i.polarity WHEN 'LOWER_IS_BETTER' THEN targets[k].value > targets[k - 1].value
                           ELSE targets[k].value < targets[k - 1].value END] AS worse
WHERE size(worse) > 0
RETURN i {.*} AS node,
       {polarity: coalesce(i.polarity, 'NOT_STATED'),
        drops: [k IN worse | toString(targets[k - 1].year) + ' (' + targets[k - 1].raw + ') -> '
                            + toString(targets[k].year) + ' (' + targets[k].raw + ')']} AS evidence
