// Every path from a node up CONTRIBUTES_TO to a node with no parent, shortest first.
// One row per path; a start node that exists but has no path (it sits in a cycle with no way out) gives
// one row with no path; an unknown id gives no row at all.
// With $withUnits each node also carries its responsible units, so a client asking for them costs no
// second query.
// The lean form of trace.cypher: the same paths, each node (and unit) with only its identity and name, for a
// request that asks for nothing else (TraceController): a trace's nodes carry their targets, texts and
// provenance, most of what {.*} reads, sends and maps.
MATCH (start:Node {id: $id})
OPTIONAL MATCH path = (start)-[:CONTRIBUTES_TO*0..]->(top:Node)
WHERE NOT (top)-[:CONTRIBUTES_TO]->(:Node)
WITH path ORDER BY length(path), [n IN nodes(path) | n.id]
LIMIT $maxPaths
RETURN [n IN nodes(path) | n {.id, .kind, .code, .name, .level,
  responsibleUnits: CASE WHEN $withUnits THEN [(u:Unit)-[:RESPONSIBLE_FOR]->(n) | u {.id, .kind, .code, .name, .level, .seq}] END
}] AS nodes
