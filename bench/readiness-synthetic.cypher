// Synthetic regions for measuring the readiness check: $regions regions of $pds perangkat daerah each.
// One region with pds = 50 is ~10,000 nodes (the size of a real kabupaten); 100 such regions ~1,000,000.
// Statements are separated by a semicolon at the end of a line; run each in its own auto-commit transaction.
UNWIND range(1, $regions) AS r
CALL (r) {
  WITH 'syn-' + r AS reg
  CREATE (pemda:Node:Unit {id: reg + '-u', kind: 'UNIT', name: 'Region ' + reg, level: 'PEMDA', sourceDocument: reg + '-rpjmd'})
  CREATE (:Document {id: reg + '-rpjmd', region: reg + '-u', periodStart: 2021, periodEnd: 2026})
  WITH reg, pemda
  UNWIND range(1, 5) AS t
  CREATE (tj:Node:Element:Tujuan {id: reg + '-t' + t, kind: 'TUJUAN', name: 'Tujuan ' + t, level: 'PEMDA', sourceDocument: reg + '-rpjmd'})
  CREATE (pemda)-[:RESPONSIBLE_FOR]->(tj)
  WITH reg, pemda, tj, t
  UNWIND range(1, 2) AS s
  CREATE (ss:Node:Element:Sasaran {id: reg + '-t' + t + 's' + s, kind: 'SASARAN', name: 'Sasaran RPJMD ' + t + '.' + s, level: 'PEMDA', sourceDocument: reg + '-rpjmd'})
  CREATE (ss)-[:CONTRIBUTES_TO]->(tj), (pemda)-[:RESPONSIBLE_FOR]->(ss)
  WITH reg, pemda, collect(ss) AS rpjmd
  UNWIND range(1, $pds) AS p
  WITH reg, pemda, rpjmd, p, reg + '-pd' + p AS pd
  CREATE (pu:Node:Unit {id: pd + '-u', kind: 'UNIT', name: 'PD ' + pd, level: 'PERANGKAT_DAERAH', sourceDocument: pd + '-doc'})-[:PART_OF]->(pemda)
  CREATE (:Document {id: pd + '-doc', region: reg + '-u', periodStart: 2021, periodEnd: 2026})
  WITH pd, pu, rpjmd, p
  UNWIND range(1, 4) AS k
  WITH pd, pu, p, k, rpjmd[(p + k) % size(rpjmd)] AS above
  CREATE (ps:Node:Element:Sasaran {id: pd + '-s' + k, kind: 'SASARAN', name: 'Sasaran PD ' + pd + '.' + k, level: 'PERANGKAT_DAERAH', sourceDocument: pd + '-doc'})
  CREATE (ps)-[:CONTRIBUTES_TO]->(above), (pu)-[:RESPONSIBLE_FOR]->(ps)
  WITH pd, pu, collect(ps) AS pdSasaran
  UNWIND range(1, 5) AS b
  CREATE (bu:Node:Unit {id: pd + '-b' + b + '-u', kind: 'UNIT', name: 'Bagian ' + pd + '.' + b, level: 'BAGIAN', sourceDocument: pd + '-doc'})-[:PART_OF]->(pu)
  WITH pd, bu, b, pdSasaran
  UNWIND range(1, 2) AS k
  WITH pd, bu, b, k, pdSasaran[(b + k) % 4] AS above
  CREATE (bs:Node:Element:Sasaran {id: pd + '-b' + b + 's' + k, kind: 'SASARAN', name: 'Sasaran Bagian ' + pd + '.' + b + '.' + k, level: 'BAGIAN', sourceDocument: pd + '-doc'})
  CREATE (bs)-[:CONTRIBUTES_TO]->(above), (bu)-[:RESPONSIBLE_FOR]->(bs)
  WITH pd, bu, b, collect(bs) AS bagSasaran
  UNWIND range(1, 3) AS sb
  CREATE (su:Node:Unit {id: pd + '-b' + b + 'sb' + sb + '-u', kind: 'UNIT', name: 'Subbagian ' + pd + '.' + b + '.' + sb, level: 'SUBBAGIAN', sourceDocument: pd + '-doc'})-[:PART_OF]->(bu)
  WITH pd, su, b, sb, bagSasaran
  UNWIND range(1, 3) AS k
  WITH pd, su, b, sb, k, bagSasaran[k % 2] AS above
  CREATE (ks:Node:Element:Sasaran {id: pd + '-b' + b + 'sb' + sb + 's' + k, kind: 'SASARAN', name: 'Sasaran kegiatan ' + pd + '.' + b + '.' + sb + '.' + k, level: 'SUBBAGIAN', sourceDocument: pd + '-doc'})
  CREATE (ks)-[:CONTRIBUTES_TO]->(above), (su)-[:RESPONSIBLE_FOR]->(ks)
  RETURN count(*) AS created
} IN TRANSACTIONS OF 1 ROW
RETURN sum(created) AS created;

// Two indicators for every Sasaran, complete, with rising targets.
MATCH (s:Sasaran) WHERE s.id STARTS WITH 'syn-'
CALL (s) {
  UNWIND range(1, 2) AS n
  CREATE (i:Node:Indikator {id: s.id + '-i' + n, kind: 'INDIKATOR', name: 'Persentase capaian ' + s.name + ' ' + n,
      level: s.level, satuan: 'Persen', formula: 'a / b x 100%', dataSource: 'laporan', definition: 'definisi',
      baselineRaw: '50', baselineValue: 50.0, targetYears: [2021, 2022, 2023, 2024, 2025, 2026],
      targetRaw: ['60', '62', '64', '66', '68', '70'], targetValue: [60.0, 62.0, 64.0, 66.0, 68.0, 70.0],
      iku: true, indicatorKind: 'OUTCOME', polarity: 'HIGHER_IS_BETTER', sourceDocument: s.sourceDocument})
  CREATE (i)-[:CONTRIBUTES_TO]->(s)
  WITH i, s
  MATCH (u:Unit)-[:RESPONSIBLE_FOR]->(s)
  CREATE (u)-[:RESPONSIBLE_FOR]->(i)
} IN TRANSACTIONS OF 5000 ROWS;

// A few defects per perangkat daerah: no formula and no 2021 target; a sasaran that stops below the top.
MATCH (i:Indikator) WHERE i.id STARTS WITH 'syn-' AND i.id ENDS WITH '-s1-i1'
SET i.formula = null, i.targetYears = [2022, 2023, 2024, 2025, 2026], i.targetRaw = ['62', '64', '66', '68', '70'],
    i.targetValue = [62.0, 64.0, 66.0, 68.0, 70.0];

MATCH (s:Sasaran)-[c:CONTRIBUTES_TO]->() WHERE s.id STARTS WITH 'syn-' AND s.id ENDS WITH '-pd7-s2'
DELETE c;
