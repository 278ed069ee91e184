// The CONTRIBUTES_TO links that can lie on a cycle: both ends have a link in and a link out. The cycles
// themselves (strongly connected components) are found from these in Java, each once.
CALL () {
  UNWIND $documents AS document
  MATCH (n:Node {sourceDocument: document})
  RETURN n
  UNION ALL
  UNWIND $nodes AS id
  MATCH (n:Node {id: id})
  RETURN n
}
WITH n WHERE EXISTS { ()-[:CONTRIBUTES_TO]->(n) }
MATCH (n)-[:CONTRIBUTES_TO]->(parent:Node)
WHERE EXISTS { (parent)-[:CONTRIBUTES_TO]->() }
RETURN n.id AS from, parent.id AS to
