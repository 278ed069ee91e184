// Elements (Tujuan, Sasaran, conditions) of one region with the same normalised name, as indicator-duplicate
// does for indicators: one finding per group, the region from the document, a responsible unit's Pemda, or the
// document itself.
CALL () {
  UNWIND $documents AS document
  MATCH (e:Element {sourceDocument: document})
  RETURN e
  UNION ALL
  UNWIND $nodes AS id
  MATCH (e:Node {id: id}) WHERE e:Element
  RETURN e
}
WITH e.sourceDocument AS document, collect(e) AS nodes
OPTIONAL MATCH (d:Document {id: document})
UNWIND nodes AS e
CALL (e, d) {
  WITH e WHERE d.region IS NULL
  OPTIONAL MATCH (e)<-[:RESPONSIBLE_FOR]-(:Unit)-[:PART_OF*0..]->(pemda:Unit {level: 'PEMDA'})
  RETURN min(pemda.id) AS pemda
}
WITH e, coalesce(d.region, pemda, e.sourceDocument) AS region,
     reduce(name = toLower(coalesce(e.name, '')), mark IN ['.', ',', ';', ':', '!', '?', '(', ')', '[', ']', '{', '}',
            '"', "'", '`', '/', '\\', '-', '\u2013', '\u2014', '_', '&', '%', '+', '*', '=', '<', '>', '#', '|', '\t', '\n', '\r']
            | replace(name, mark, ' ')) AS name
WITH e, region, trim(reduce(name = name, pass IN range(1, 6) | replace(name, '  ', ' '))) AS name
WHERE name <> ''
WITH region, name, e ORDER BY e.id
WITH region, name, collect(e) AS members
WHERE size(members) > 1
WITH region, name, members, head(members) AS first
RETURN first {.*} AS node,
       {normalizedName: name, region: region, count: size(members), members: [m IN members | m.id]} AS evidence,
       [m IN members | m {.*}] AS related
