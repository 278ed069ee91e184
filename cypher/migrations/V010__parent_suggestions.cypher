// Parent suggestions (id.pokin.suggest, docs/parent-suggestions.md).
// Element names analysed as Indonesian (stop words removed, prefixes and suffixes stemmed: "pelayanan", "layanan" and
// "melayani" meet at "layan"), so a node finds the elements whose names say the same thing. Only elements can be
// parents, so only they are indexed. Brought up to date after a commit, as node_search is (V008): a suggestion
// does not wait for it, the other signals do not need it.
CREATE FULLTEXT INDEX element_name_id IF NOT EXISTS FOR (n:Element) ON EACH [n.name]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'indonesian', `fulltext.eventually_consistent`: true}};

// Document order: the rows just before and after a node in its document (seq), found by a seek that stops after a few
// rows instead of reading the whole document (a generated region is one document of 10,000 nodes). One index for
// every kind: the rows around a node are of its own kind, the elements before it of any level.
CREATE INDEX node_document_seq IF NOT EXISTS FOR (n:Node) ON (n.sourceDocument, n.seq);

// Code prefixes: the element of the same document coded 1.2 for a node coded 1.2.3.
CREATE INDEX element_document_code IF NOT EXISTS FOR (n:Element) ON (n.sourceDocument, n.codeKey);

CALL db.awaitIndex('element_name_id', 600);
