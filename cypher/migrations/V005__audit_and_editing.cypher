// The audit trail: a node's history is read by its id, which stays a property after the node is deleted.
CREATE INDEX change_node IF NOT EXISTS FOR (c:Change) ON (c.nodeId);

// Link mutations take one lock node (MERGEd on first use) before they check for cycles, so two that together
// would close a cycle cannot both pass the check; the constraint keeps that MERGE to one node under concurrency.
CREATE CONSTRAINT pokin_lock_name IF NOT EXISTS FOR (l:PokinLock) REQUIRE l.name IS UNIQUE;
