// The readiness check starts every rule from the nodes of the documents in scope, one label at a time:
// these let it read only the indicators (or elements, or units) of a document instead of all its nodes.
CREATE INDEX indikator_source_document IF NOT EXISTS FOR (n:Indikator) ON (n.sourceDocument);
CREATE INDEX element_source_document IF NOT EXISTS FOR (n:Element) ON (n.sourceDocument);
CREATE INDEX unit_source_document IF NOT EXISTS FOR (n:Unit) ON (n.sourceDocument);
