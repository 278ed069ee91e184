package id.pokin.editing;

import java.util.Map;

import id.pokin.graph.WarmUp;
import id.pokin.graph.WarmUpProperties;
import id.pokin.security.Editor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.ArgumentValue;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes the first edit after a start as fast as the later ones: an update of one element (its description), with
 * its audit record and its documents' record, run in a transaction that is rolled back, so that Neo4j has planned
 * the edit's queries and the JVM has compiled its path before a planner sends one. Nothing is committed, so no
 * kept result ends and nobody sees it.
 */
@Component
class EditWarmUp implements WarmUp {

	private static final Logger log = LoggerFactory.getLogger(EditWarmUp.class);

	private static final String FIRST_ELEMENT = """
			MATCH (n:Element)
			RETURN n.id AS id, coalesce(n.version, 0) AS version
			ORDER BY id
			LIMIT 1
			""";

	private final NodeEditor editor;

	private final Neo4jClient client;

	private final TransactionTemplate rolledBack;

	private final WarmUpProperties properties;

	EditWarmUp(NodeEditor editor, Neo4jClient client, PlatformTransactionManager transactions,
			WarmUpProperties properties) {
		this.editor = editor;
		this.client = client;
		this.rolledBack = new TransactionTemplate(transactions);
		this.properties = properties;
	}

	@Override
	public void run() {
		if (!this.properties.enabled()) {
			return;
		}
		long start = System.nanoTime();
		Map<String, Object> element = this.client.query(FIRST_ELEMENT).fetch().one().orElse(null);
		if (element == null) {
			return;
		}
		try {
			this.rolledBack.executeWithoutResult(status -> {
				status.setRollbackOnly();
				this.editor.update(Editor.system("warm-up"), (String) element.get("id"),
						((Number) element.get("version")).longValue(),
						new NodeChanges.Element(ArgumentValue.omitted(), ArgumentValue.omitted(),
								ArgumentValue.omitted(), ArgumentValue.omitted(),
								ArgumentValue.ofNullable("warm-up " + System.nanoTime()), ArgumentValue.omitted(),
								ArgumentValue.omitted()));
			});
			log.info("Edit warm-up: an update planned and rolled back in {} ms", (System.nanoTime() - start) / 1_000_000);
		}
		catch (RuntimeException ex) {
			// an edit under way on the same element, a store without elements: the first edit plans for itself
			log.debug("Edit warm-up failed: {}", ex.toString());
		}
	}

}
