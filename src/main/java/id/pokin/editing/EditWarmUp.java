package id.pokin.editing;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import id.pokin.graph.WarmUp;
import id.pokin.graph.WarmUpProperties;
import id.pokin.security.Editor;
import id.pokin.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.ArgumentValue;
import org.springframework.graphql.ExecutionGraphQlResponse;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.support.DefaultExecutionGraphQlRequest;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes the first edit after a start as fast as the later ones. An update of one element (its description) is sent
 * as the edit page sends it, through GraphQL as a signed-in administrator (the mutation's execution, the method
 * security, the binding of its input and the editor's queries with their audit and document records), in a
 * transaction that is rolled back: nothing of it is committed, so no kept result ends and nobody sees it. A
 * rolled-back transaction never commits, though, and an edit's commit is the first write committed through the
 * driver after a start (the data is loaded and checked in-process): so the links' lock, which names no node and
 * no document ({@code id.pokin.graph.CommitLog} counts it as changing nothing), is taken and committed once too.
 * <p>
 * An edit is signed in, and a user's first request checks their password with bcrypt: on a cold JVM that check,
 * interpreted, took most of the first edit. So the password check runs a few times first, for a user nobody is
 * (refused as any unknown user is, after the same bcrypt run; nothing is remembered of it).
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

	/** As the edit page sends it (frontend/js/pages/edit.js). */
	private static final String UPDATE = """
			mutation($id: ID!, $version: Int!, $input: ElementChanges!) { updateElement(id: $id, version: $version, input: $input) { id version } }""";

	/**
	 * Enough for the JIT to compile bcrypt's rounds fully: the first few checks run at the first compiler's speed,
	 * two to three times slower than the later ones, and the first edit paid for one of them.
	 */
	private static final int PASSWORD_CHECKS = 8;

	private final NodeEditor editor;

	private final EditQueries queries;

	private final Neo4jClient client;

	private final TransactionTemplate transactions;

	private final WarmUpProperties properties;

	private final ObjectProvider<ExecutionGraphQlService> graphQl;

	private final ObjectProvider<AuthenticationProvider> signIn;

	EditWarmUp(NodeEditor editor, EditQueries queries, Neo4jClient client, PlatformTransactionManager transactions,
			WarmUpProperties properties, ObjectProvider<ExecutionGraphQlService> graphQl,
			ObjectProvider<AuthenticationProvider> signIn) {
		this.signIn = signIn;
		this.editor = editor;
		this.queries = queries;
		this.client = client;
		this.transactions = new TransactionTemplate(transactions);
		this.properties = properties;
		this.graphQl = graphQl;
	}

	@Override
	public void run() {
		if (this.properties.enabled()) {
			warm();
		}
	}

	/** The warm-up itself: true when every step went through (tests). */
	boolean warm() {
		long start = System.nanoTime();
		checkPasswords();
		Map<String, Object> element = this.client.query(FIRST_ELEMENT).fetch().one().orElse(null);
		if (element == null) {
			return false;
		}
		String id = (String) element.get("id");
		long version = ((Number) element.get("version")).longValue();
		try {
			// twice: the second runs what the first compiled
			for (int i = 0; i < 2; i++) {
				this.transactions.executeWithoutResult(status -> {
					status.setRollbackOnly();
					update(id, version);
				});
			}
			this.transactions.executeWithoutResult(status -> this.queries.lockLinks());
			log.info("Edit warm-up: passwords checked, an update planned and rolled back, a commit made, in {} ms",
					(System.nanoTime() - start) / 1_000_000);
			return true;
		}
		catch (RuntimeException ex) {
			// an edit under way on the same element, a store without elements: the first edit plans for itself
			log.debug("Edit warm-up failed: {}", ex.toString());
			return false;
		}
	}

	/** The password check of a user nobody is, a few times: refused each time. */
	private void checkPasswords() {
		for (AuthenticationProvider provider : this.signIn.orderedStream().toList()) {
			if (!provider.supports(UsernamePasswordAuthenticationToken.class)) {
				continue;
			}
			for (int i = 0; i < PASSWORD_CHECKS; i++) {
				try {
					provider.authenticate(UsernamePasswordAuthenticationToken
						.unauthenticated("warm-up " + UUID.randomUUID(), UUID.randomUUID().toString()));
				}
				catch (AuthenticationException ex) {
					// refused, as it should be
				}
			}
		}
	}

	/** In the caller's transaction: through GraphQL when it is there, else the editor alone. */
	private void update(String id, long version) {
		String description = "warm-up " + System.nanoTime();
		ExecutionGraphQlService graphQl = this.graphQl.getIfAvailable();
		if (graphQl == null) {
			this.editor.update(Editor.system("warm-up"), id, version,
					new NodeChanges.Element(ArgumentValue.omitted(), ArgumentValue.omitted(), ArgumentValue.omitted(),
							ArgumentValue.omitted(), ArgumentValue.ofNullable(description), ArgumentValue.omitted(),
							ArgumentValue.omitted()));
			return;
		}
		SecurityContext before = SecurityContextHolder.getContext();
		SecurityContext signedIn = SecurityContextHolder.createEmptyContext();
		signedIn.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("warm-up", null,
				List.of(new SimpleGrantedAuthority(Role.ADMIN.authority()))));
		SecurityContextHolder.setContext(signedIn);
		try {
			ExecutionGraphQlResponse response = graphQl
				.execute(new DefaultExecutionGraphQlRequest(UPDATE, null,
						Map.of("id", id, "version", Math.toIntExact(version), "input", Map.of("description", description)), Map.of(),
						"edit-warm-up", Locale.getDefault()))
				.block(Duration.ofMinutes(1));
			if (response != null && !response.getErrors().isEmpty()) {
				throw new IllegalStateException("the update answered " + response.getErrors());
			}
		}
		finally {
			SecurityContextHolder.setContext(before);
		}
	}

}
