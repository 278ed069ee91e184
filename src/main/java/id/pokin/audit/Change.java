package id.pokin.audit;

import java.util.List;

/**
 * A recorded change of one node.
 *
 * @param id the change's own id
 * @param at when it was written (while its node was locked, so in the order of the node's versions), ISO-8601
 * @param user who made it (the signed-in user, or the command that imported)
 * @param version the node's version after the change (for LINK/UNLINK: its unchanged version)
 */
public record Change(String id, String at, String user, ChangeAction action, String nodeId, String nodeKind,
		long version, List<FieldChange> fields) {
}
