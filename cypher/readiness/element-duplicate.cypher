// Elements (Tujuan, Sasaran, conditions) of one region with the same normalised name, as indicator-duplicate
// does for indicators: one finding per group, the region from the document, a responsible unit's Pemda, or the
// document itself.
// Memory stays per region: names are compared one region at a time, and only the members of a group are sorted.
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
// the region: the document's; else, node by node, the Pemda above a responsible unit, else the document itself
CALL (d, document, nodes) {
  WITH d, nodes WHERE d.region IS NOT NULL
  RETURN d.region AS region, nodes AS inRegion
  UNION ALL
  WITH d, document, nodes WHERE d.region IS NULL
  UNWIND nodes AS e
  OPTIONAL MATCH (e)<-[:RESPONSIBLE_FOR]-(:Unit)-[:PART_OF*0..]->(pemda:Unit {level: 'PEMDA'})
  WITH document, e, min(pemda.id) AS pemda
  WITH coalesce(pemda, document) AS region, collect(e) AS inRegion
  RETURN region, inRegion
}
UNWIND inRegion AS e
WITH region, collect(e) AS nodes
// the normalised name: lower case, punctuation and spaces as separators, the words joined by one space
CALL (nodes) {
  UNWIND nodes AS e
  // the key stored by the application; computed here for a node written without one
  WITH e, CASE WHEN e.nameKey IS NOT NULL THEN e.nameKey ELSE trim(reduce(name = '', word IN split(toLower(coalesce(e.name, '')), ['.', ',', ';', ':', '!', '?', '(', ')',
                '[', ']', '{', '}', '"', "'", '`', '/', '\\', '-', '\u2013', '\u2014', '_', '&', '%', '+', '*', '=', '<', '>', '#',
                '|', '\t', '\n', '\r', ' '])
              | CASE word WHEN '' THEN name ELSE name + ' ' + word END)) END AS name
  WHERE name <> ''
  WITH name, collect(e) AS members
  WHERE size(members) > 1
  RETURN name, members
}
CALL (members) {
  UNWIND members AS member
  WITH member ORDER BY member.id
  RETURN collect(member) AS sorted
}
WITH region, name, sorted AS members, head(sorted) AS first
// the region and the members as people read them: the region's name, each member's unit and its place in the
// document, since one name cannot tell the members apart
RETURN first {.*} AS node,
       {normalizedName: name, region: region, count: size(members), members: [m IN members | m.id],
        regionName: coalesce(head(COLLECT { MATCH (r:Node {id: region}) RETURN r.name AS n }),
                             head(COLLECT { MATCH (d:Document {id: region}) RETURN d.title AS n }), region),
        places: [m IN members | reduce(place = '', part IN [head([(u:Unit)-[:RESPONSIBLE_FOR]->(m) | u.name]), m.sourceRef]
                 | CASE WHEN part IS NULL OR trim(part) = '' THEN place WHEN place = '' THEN part ELSE place + ', ' + part END)]} AS evidence,
       [m IN members | m {.*}] AS related
