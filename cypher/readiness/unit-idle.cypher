// Bagian and Subbagian (also Biro, Bidang, Seksi) that answer for no element or indicator.
CALL () {
  UNWIND $documents AS document
  MATCH (u:Unit {sourceDocument: document})
  RETURN u
  UNION ALL
  UNWIND $nodes AS id
  MATCH (u:Node {id: id}) WHERE u:Unit
  RETURN u
}
WITH u WHERE u.level IN ['BAGIAN', 'SUBBAGIAN'] AND NOT EXISTS { (u)-[:RESPONSIBLE_FOR]->() }
RETURN u {.*} AS node,
       {level: u.level, partOf: [(u)-[:PART_OF]->(p:Unit) | p.name]} AS evidence
