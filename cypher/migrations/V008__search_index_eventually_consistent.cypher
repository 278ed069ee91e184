// The full-text index is brought up to date after a commit instead of inside it. Refreshing its Lucene reader in
// the commit was ~150 ms of a 5,000-row import's ~500 ms commit (BENCHMARKS.md, eighth session). Searches wait for
// the index to catch up first (db.index.fulltext.awaitEventuallyConsistentIndexRefresh), so a search still sees
// every commit before it. An index's settings cannot be changed in place: it is dropped and created again.
DROP INDEX node_search IF EXISTS;
CREATE FULLTEXT INDEX node_search IF NOT EXISTS FOR (n:Node) ON EACH [n.name, n.code, n.codeKey]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-no-stop-words', `fulltext.eventually_consistent`: true}};

// On a store that already holds nodes the new index fills in the background (~14 s for 1,000,000 nodes); searches
// would fail until it is online, so the start waits for it.
CALL db.awaitIndex('node_search', 600);
