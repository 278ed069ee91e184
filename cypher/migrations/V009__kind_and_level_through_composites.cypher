// Each range index on :Node is an entry to add inside every import's transaction and at its commit, for every node.
// node_kind and node_level are prefixes of node_kind_id and node_level_id (V003), which serve the same seeks when the
// query also asks for an id (every node has one); the browse counts now do. Fewer entries per node: measured on
// 5,000 new nodes with links and audit records, embedded, ~25 ms less per index (BENCHMARKS.md, tenth session).
DROP INDEX node_kind IF EXISTS;
DROP INDEX node_level IF EXISTS;
