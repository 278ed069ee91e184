// Indicators of one region with the same normalised name (lower case, punctuation removed, spaces collapsed),
// one finding per group. The region is the document's region, else the Pemda above a responsible unit, else
// the document itself.
CALL () {
  UNWIND $documents AS document
  MATCH (i:Indikator {sourceDocument: document})
  RETURN i
  UNION ALL
  UNWIND $nodes AS id
  MATCH (i:Node {id: id}) WHERE i:Indikator
  RETURN i
}
WITH i.sourceDocument AS document, collect(i) AS nodes
OPTIONAL MATCH (d:Document {id: document})
UNWIND nodes AS i
CALL (i, d) {
  WITH i WHERE d.region IS NULL
  OPTIONAL MATCH (i)<-[:RESPONSIBLE_FOR]-(:Unit)-[:PART_OF*0..]->(pemda:Unit {level: 'PEMDA'})
  RETURN min(pemda.id) AS pemda
}
WITH i, coalesce(d.region, pemda, i.sourceDocument) AS region,
     reduce(name = toLower(coalesce(i.name, '')), mark IN ['.', ',', ';', ':', '!', '?', '(', ')', '[', ']', '{', '}',
            '"', "'", '`', '/', '\\', '-', '\u2013', '\u2014', '_', '&', '%', '+', '*', '=', '<', '>', '#', '|', '\t', '\n', '\r']
            | replace(name, mark, ' ')) AS name
WITH i, region, trim(reduce(name = name, pass IN range(1, 6) | replace(name, '  ', ' '))) AS name
WHERE name <> ''
WITH region, name, i ORDER BY i.id
WITH region, name, collect(i) AS members
WHERE size(members) > 1
WITH region, name, members, head(members) AS first
RETURN first {.*} AS node,
       {normalizedName: name, region: region, count: size(members), members: [m IN members | m.id]} AS evidence,
       [m IN members | m {.*}] AS related
