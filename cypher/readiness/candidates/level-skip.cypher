// The nodes level-skip can find (../README.md, Stored findings): those with a CONTRIBUTES_TO link to a node two or
// more levels above them. Checking a document flags them AtFault; level-skip then looks for the levels in between
// (in the unit chain or the document) on those alone. Run on one document, as a stored rule's node form is.
UNWIND $uncheckedDocuments AS document
MATCH (n:Node {sourceDocument: document})
WITH n, $levels[n.level] AS fromRank
WHERE fromRank >= 2
  AND EXISTS { MATCH (n)-[:CONTRIBUTES_TO]->(parent) WHERE fromRank - $levels[parent.level] >= 2 }
RETURN n.id AS id
