// The readiness check at national scale (docs/readiness.md, Performance).
// level-skip: whether a document uses a level at all is one seek, not a read of the whole document.
CREATE INDEX node_document_level IF NOT EXISTS FOR (n:Node) ON (n.sourceDocument, n.level);

// output-indicator-too-high: only the indicators of a document at the Pemda and Perangkat Daerah levels are read.
CREATE INDEX indikator_document_level IF NOT EXISTS FOR (n:Indikator) ON (n.sourceDocument, n.level);
