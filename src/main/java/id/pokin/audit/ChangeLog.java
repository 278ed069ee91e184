package id.pokin.audit;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import id.pokin.graph.GraphTransaction;
import id.pokin.graph.Neo4jClientTransaction;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Writes the audit trail, in the caller's transaction, so a change and its record commit or fail together. Each
 * record is a {@code (:Change)} node keyed by the changed node's id (a property, not a relationship), so the
 * history of a deleted node stays readable. Its fields are one JSON text, {@code changes}: an object of field name
 * to {@code [before, after]}, each a JSON value ({@code null} where the field was absent), see {@link ChangeText}.
 */
@Component
public class ChangeLog {

	private final Neo4jClient client;

	private final JsonMapper json;

	ChangeLog(Neo4jClient client) {
		this.client = client;
		this.json = JsonMapper.builder().build();
	}

	/** A change of a node's properties; fields that did not change are not recorded. */
	public Entry entry(String user, ChangeAction action, String nodeId, String nodeKind, long version,
			Map<String, Object> before, Map<String, Object> after) {
		List<FieldChange> fields = new ArrayList<>();
		ChangeDiff.between(before, after)
			.forEach((field, values) -> fields.add(new FieldChange(field, toJson(values[0]), toJson(values[1]))));
		return new Entry(user, action, nodeId, nodeKind, version, fields);
	}

	/** A link added ({@code before} null) or removed ({@code after} null), seen from one of its ends. */
	public Entry link(String user, ChangeAction action, String nodeId, String nodeKind, long version, String field,
			String otherId) {
		String other = toJson(otherId);
		FieldChange change = action == ChangeAction.LINK ? new FieldChange(field, "null", other)
				: new FieldChange(field, other, "null");
		return new Entry(user, action, nodeId, nodeKind, version, List.of(change));
	}

	/** In the caller's Spring transaction (edits). */
	public void record(List<Entry> entries) {
		record(new Neo4jClientTransaction(this.client), entries);
	}

	/** In the given transaction (imports). */
	public void record(GraphTransaction graph, List<Entry> entries) {
		List<Map<String, Object>> changes = new ArrayList<>();
		// the application's clock (was the database's): one instant for the records of one call
		ZonedDateTime at = ZonedDateTime.now(ZoneOffset.UTC);
		for (Entry entry : entries) {
			if (entry.action() == ChangeAction.UPDATE && entry.fields().isEmpty()) {
				continue;
			}
			changes.add(Map.of("id", UUID.randomUUID().toString(), "user", entry.user(), "action",
					entry.action().name(), "nodeId", entry.nodeId(), "nodeKind", entry.nodeKind(), "version",
					entry.version(), "changes", ChangeText.write(entry.fields()), "at", at));
		}
		graph.createNodes(List.of("Change"), changes);
	}

	/** Text and whole numbers directly (an import writes one per field of every row), anything else by Jackson. */
	private String toJson(Object value) {
		if (value == null) {
			return "null";
		}
		if (value instanceof String text) {
			return ChangeText.quoted(text);
		}
		if (value instanceof Long || value instanceof Integer || value instanceof Boolean) {
			return value.toString();
		}
		return this.json.writeValueAsString(value);
	}

	/** A change to record; see {@link #entry} and {@link #link}. */
	public record Entry(String user, ChangeAction action, String nodeId, String nodeKind, long version,
			List<FieldChange> fields) {
	}

}
