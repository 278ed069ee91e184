package id.pokin.editing;

import java.util.List;
import java.util.Map;

import id.pokin.node.NodeKind;
import id.pokin.security.Editor;

import org.springframework.stereotype.Component;

/**
 * The editing checks for features that change an indicator's own data outside these mutations (realisasi): the
 * same rights, lock, version check and document bookkeeping as {@code setTargets}, so such a change is refused or
 * serialised exactly as a target change is. Call it inside the caller's write transaction.
 */
@Component
public class IndicatorLocks {

	private final NodeEditor nodes;

	private final EditQueries queries;

	private final EditPermissions permissions;

	IndicatorLocks(NodeEditor nodes, EditQueries queries, EditPermissions permissions) {
		this.nodes = nodes;
		this.queries = queries;
		this.permissions = permissions;
	}

	/**
	 * Records the change of the indicator's document, locks the indicator and reads it; refuses (as the editing
	 * mutations do: {@code NODE_NOT_FOUND}, {@code WRONG_KIND}, {@code NOT_YOURS}, {@code STALE_VERSION}) unless it
	 * is an indicator the editor may change, at {@code version}. The caller writes the node (dropping {@code _lock})
	 * or calls {@link #unlock}.
	 */
	public Locked lock(Editor editor, String id, long version) {
		this.nodes.recordDocumentChange(id, null);
		Map<String, Object> current = this.nodes.lockedForChange(editor, NodeKind.INDIKATOR, id, version);
		Long[] period = this.queries.period((String) current.get("sourceDocument"));
		return new Locked(id, current, period[0], period[1]);
	}

	public void unlock(String id) {
		this.queries.unlock(List.of(id));
	}

	/** Refuses ({@code NOT_YOURS}) unless the editor may change every one of these nodes. */
	public void checkOwns(Editor editor, String field, List<String> ids) {
		this.permissions.checkOwns(editor, field, ids);
	}

	/** Records that these documents change in the caller's transaction (the stored readiness rules re-check them). */
	public void recordDocumentChanges(List<String> documents) {
		this.queries.recordDocumentChanges(documents);
	}

	/**
	 * @param properties the indicator's properties, read under its lock
	 * @param periodStart first year of its document's plan period, or null
	 * @param periodEnd its last year, or null
	 */
	public record Locked(String id, Map<String, Object> properties, Long periodStart, Long periodEnd) {

		public long version() {
			return this.properties.get("version") instanceof Number n ? n.longValue() : 0L;
		}

	}

}
