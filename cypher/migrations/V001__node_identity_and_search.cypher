// Every node of the cascade carries the shared :Node label with a unique id, so any lookup by id
// goes through one index whatever the node's kind (looking up without a label scans every node).
CREATE CONSTRAINT node_id IF NOT EXISTS FOR (n:Node) REQUIRE n.id IS UNIQUE;

CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE;

// Scoping by source document (a region's import, a readiness scope) and by kind or level.
CREATE INDEX node_source_document IF NOT EXISTS FOR (n:Node) ON (n.sourceDocument);
CREATE INDEX node_kind IF NOT EXISTS FOR (n:Node) ON (n.kind);
CREATE INDEX node_level IF NOT EXISTS FOR (n:Node) ON (n.level);

// Search on names and codes; codeKey is the code with spaces and punctuation removed ("CSF 1.1" -> "csf11").
CREATE FULLTEXT INDEX node_search IF NOT EXISTS FOR (n:Node) ON EACH [n.name, n.code, n.codeKey]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-no-stop-words'}};
