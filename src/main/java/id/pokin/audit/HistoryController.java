package id.pokin.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import id.pokin.web.PageSizes;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.domain.OffsetScrollPosition;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code history(id)}: a node's recorded changes, newest first. A node's history is short (its edits and
 * imports), so pages are by offset.
 */
@Controller
class HistoryController {

	private static final String HISTORY = """
			MATCH (c:Change {nodeId: $id})
			RETURN c {.*, at: toString(c.at)} AS change
			ORDER BY c.at DESC, c.version DESC, c.id DESC
			SKIP $offset
			LIMIT $limit
			""";

	private final Neo4jClient client;

	private final PageSizes pageSizes;

	private final JsonMapper json = JsonMapper.builder().build();

	HistoryController(Neo4jClient client, PageSizes pageSizes) {
		this.client = client;
		this.pageSizes = pageSizes;
	}

	@QueryMapping
	@Transactional(readOnly = true, timeoutString = "${pokin.graphql.timeout-seconds:30}")
	public Window<Change> history(@Argument String id, ScrollSubrange subrange) {
		int size = this.pageSizes.resolve("history", subrange.count().isPresent() ? subrange.count().getAsInt() : null);
		long offset = subrange.position()
			.filter(OffsetScrollPosition.class::isInstance)
			.map(position -> ((OffsetScrollPosition) position).getOffset() + 1)
			.orElse(0L);
		List<Change> changes = new ArrayList<>();
		this.client.query(HISTORY)
			.bindAll(Map.of("id", id, "offset", offset, "limit", size + 1))
			.fetch()
			.all()
			.forEach(row -> changes.add(toChange(row)));
		boolean hasNext = changes.size() > size;
		List<Change> page = hasNext ? changes.subList(0, size) : changes;
		return Window.from(page, index -> ScrollPosition.offset(offset + index), hasNext);
	}

	@SuppressWarnings("unchecked")
	private Change toChange(Map<String, Object> row) {
		Map<String, Object> c = (Map<String, Object>) row.get("change");
		List<FieldChange> fields = ChangeText.read((String) c.get("changes"), this.json);
		return new Change((String) c.get("id"), (String) c.get("at"), (String) c.get("user"),
				ChangeAction.valueOf((String) c.get("action")), (String) c.get("nodeId"), (String) c.get("nodeKind"),
				((Number) c.get("version")).longValue(), fields);
	}

}
