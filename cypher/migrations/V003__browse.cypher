// Browsing (elements, indicators, units as cursor-paginated connections, ordered by id): a page filtered by kind
// or by level is an ordered seek on one of these, kind (or level) fixed and id after the cursor, that stops after a
// page, instead of reading and sorting every node of that kind or level.
CREATE INDEX node_kind_id IF NOT EXISTS FOR (n:Node) ON (n.kind, n.id);
CREATE INDEX node_level_id IF NOT EXISTS FOR (n:Node) ON (n.level, n.id);
