// Every path from a node up CONTRIBUTES_TO to a node with no parent, shortest first.
// One row per path; a start node that exists but has no path (it sits in a cycle with no way out) gives
// one row with no path; an unknown id gives no row at all.
// With $withUnits each node also carries its responsible units, so a client asking for them costs no
// second query.
MATCH (start:Node {id: $id})
OPTIONAL MATCH path = (start)-[:CONTRIBUTES_TO*0..]->(top:Node)
WHERE NOT (top)-[:CONTRIBUTES_TO]->(:Node)
WITH path ORDER BY length(path), [n IN nodes(path) | n.id]
LIMIT $maxPaths
RETURN [n IN nodes(path) | n {.*,
  responsibleUnits: CASE WHEN $withUnits THEN [(u:Unit)-[:RESPONSIBLE_FOR]->(n) | u {.*}] END
}] AS nodes
