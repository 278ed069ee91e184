package id.pokin.editing;

import java.util.List;
import java.util.Map;

import id.pokin.graph.ConstraintViolation;
import id.pokin.node.CascadeNode;
import id.pokin.node.NodeKind;
import id.pokin.security.Editor;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

/**
 * The GraphQL mutations ({@code editing.graphqls}). Only signed-in planners and administrators get past the
 * door; which nodes a planner may touch is decided per node ({@link EditPermissions}). Inputs are read as maps so
 * that a field given as null (clear it) differs from a field left out (keep it).
 */
@Controller
@PreAuthorize("hasAnyRole('PLANNER', 'ADMIN')")
class EditController {

	private final NodeEditor nodes;

	private final LinkEditor links;

	EditController(NodeEditor nodes, LinkEditor links) {
		this.nodes = nodes;
		this.links = links;
	}

	@MutationMapping
	CascadeNode createElement(@Argument Map<String, Object> input, Authentication user) {
		return create(user, NodeKind.SASARAN, input);
	}

	@MutationMapping
	CascadeNode updateElement(@Argument String id, @Argument long version, @Argument Map<String, Object> input,
			Authentication user) {
		return this.nodes.update(Editor.of(user), NodeKind.SASARAN, id, version, input);
	}

	@MutationMapping
	DeletedNode deleteElement(@Argument String id, @Argument long version, Authentication user) {
		return this.nodes.delete(Editor.of(user), NodeKind.SASARAN, id, version);
	}

	@MutationMapping
	CascadeNode createIndicator(@Argument Map<String, Object> input, Authentication user) {
		return create(user, NodeKind.INDIKATOR, input);
	}

	@MutationMapping
	CascadeNode updateIndicator(@Argument String id, @Argument long version, @Argument Map<String, Object> input,
			Authentication user) {
		return this.nodes.update(Editor.of(user), NodeKind.INDIKATOR, id, version, input);
	}

	@MutationMapping
	DeletedNode deleteIndicator(@Argument String id, @Argument long version, Authentication user) {
		return this.nodes.delete(Editor.of(user), NodeKind.INDIKATOR, id, version);
	}

	@MutationMapping
	CascadeNode setTargets(@Argument String id, @Argument long version,
			@Argument List<Map<String, Object>> targets, Authentication user) {
		return this.nodes.setTargets(Editor.of(user), id, version, targets);
	}

	@MutationMapping
	CascadeNode createUnit(@Argument Map<String, Object> input, Authentication user) {
		return create(user, NodeKind.UNIT, input);
	}

	@MutationMapping
	CascadeNode updateUnit(@Argument String id, @Argument long version, @Argument Map<String, Object> input,
			Authentication user) {
		return this.nodes.update(Editor.of(user), NodeKind.UNIT, id, version, input);
	}

	@MutationMapping
	DeletedNode deleteUnit(@Argument String id, @Argument long version, Authentication user) {
		return this.nodes.delete(Editor.of(user), NodeKind.UNIT, id, version);
	}

	/**
	 * Two creations of one new id at the same moment both find it free; the unique constraint refuses the second
	 * (when it writes, or when it commits, outside {@link NodeEditor#create}'s transaction): the same
	 * {@code INVALID_VALUE} as when the id was already taken before.
	 */
	private CascadeNode create(Authentication user, NodeKind category, Map<String, Object> input) {
		try {
			return this.nodes.create(Editor.of(user), category, input);
		}
		catch (RuntimeException ex) {
			if (input.get("id") instanceof String id && ConstraintViolation.isCause(ex)) {
				throw this.nodes.taken(id);
			}
			throw ex;
		}
	}

	@MutationMapping
	LinkChange addContribution(@Argument String from, @Argument String to, Authentication user) {
		return this.links.contribution(Editor.of(user), from, to, true);
	}

	@MutationMapping
	LinkChange removeContribution(@Argument String from, @Argument String to, Authentication user) {
		return this.links.contribution(Editor.of(user), from, to, false);
	}

	@MutationMapping
	LinkChange addResponsibility(@Argument String unit, @Argument String node, Authentication user) {
		return this.links.responsibility(Editor.of(user), unit, node, true);
	}

	@MutationMapping
	LinkChange removeResponsibility(@Argument String unit, @Argument String node, Authentication user) {
		return this.links.responsibility(Editor.of(user), unit, node, false);
	}

}
