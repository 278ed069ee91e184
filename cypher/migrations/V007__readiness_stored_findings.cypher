// The readiness rules that depend only on an indicator and its document keep their verdict in the graph
// (cypher/readiness/README.md, Stored findings): a report reads a checked document's flagged nodes by this index
// instead of every indicator of the document.
CREATE INDEX at_fault_source_document IF NOT EXISTS FOR (n:AtFault) ON (n.sourceDocument);

// One per document a writer has changed or the check has read: its generation counts the writes, `rules` names
// the stored rules its AtFault labels are current for (none while a change waits to be checked). Unique, so a
// writer and the check take the same lock even before the node exists.
CREATE CONSTRAINT checked_document IF NOT EXISTS FOR (c:CheckedDocument) REQUIRE c.document IS UNIQUE;
