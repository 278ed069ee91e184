// Capaian that cannot be right for the year under evaluation ($year): a realisasi against a target of 0 (no percent
// can be computed), or a capaian over 150% (usually a realisasi typed in another unit or scale). The realisasi is
// the year's (YEAR), else the latest quarter's, as Pokin computes capaian (docs/capaian.md). Range targets and the
// RANGE polarity are left out: a band's capaian is never above 100. Runs only when a year is given.
CALL () {
  UNWIND $documents AS document
  MATCH (i:Indikator {sourceDocument: document})
  RETURN i
  UNION ALL
  UNWIND $nodes AS id
  MATCH (i:Node {id: id}) WHERE i:Indikator
  RETURN i
}
WITH i
WHERE $year IN coalesce(i.realisasiYears, []) AND $year IN coalesce(i.targetYears, [])
WITH i, [k IN range(0, size(i.targetYears) - 1) WHERE i.targetYears[k] = $year][0] AS t,
     [p IN ['YEAR', 'TW4', 'TW3', 'TW2', 'TW1']
       | [k IN range(0, size(i.realisasiYears) - 1) WHERE i.realisasiYears[k] = $year AND i.realisasiPeriods[k] = p]]
       AS byPeriod
WITH i, t, [found IN byPeriod WHERE size(found) > 0][0][0] AS r
WITH i, i.targetRaw[t] AS targetRaw, i.targetValue[t] AS target, i.realisasiRaw[r] AS realisasiRaw,
     i.realisasiValue[r] AS realisasi, i.realisasiPeriods[r] AS period
// NaN (no number) is never equal to itself
WHERE realisasi = realisasi AND target = target AND coalesce(i.polarity, '') <> 'RANGE'
  AND NOT targetRaw =~ '(?is).*\\d\\s*%?\\s*(-|\u2013|\u2014|s\\s*\\.?\\s*/?\\s*d|sampai|hingga)\\s*\\d.*'
WITH i, targetRaw, target, realisasiRaw, realisasi, period,
     CASE WHEN target = 0 THEN null
          WHEN i.polarity = 'LOWER_IS_BETTER' THEN (2 * target - realisasi) / target * 100
          ELSE realisasi / target * 100 END AS percent
WHERE target = 0 OR percent > 150
RETURN i {.*} AS node,
       {year: $year, period: period, target: targetRaw, realisasi: realisasiRaw,
        capaian: CASE WHEN percent IS NULL THEN '-' ELSE toString(round(percent, 1)) END,
        reason: CASE WHEN target = 0 THEN 'target 0' ELSE '> 150%' END} AS evidence
