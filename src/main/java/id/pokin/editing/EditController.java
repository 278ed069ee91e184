package id.pokin.editing;

import java.util.List;

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
 * door; which nodes a planner may touch is decided per node ({@link EditPermissions}). Inputs are bound to typed
 * records: a creation's ({@link NewNodeInput}) and an update's ({@link NodeChanges}, whose fields are
 * {@code ArgumentValue}s so that a field given as null, clear it, differs from a field left out, keep it).
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
	CascadeNode createElement(@Argument NewNodeInput.CreateElement input, Authentication user) {
		return create(user, input);
	}

	@MutationMapping
	CascadeNode updateElement(@Argument String id, @Argument long version, @Argument NodeChanges.Element input,
			Authentication user) {
		return this.nodes.update(Editor.of(user), id, version, input);
	}

	@MutationMapping
	DeletedNode deleteElement(@Argument String id, @Argument long version, Authentication user) {
		return this.nodes.delete(Editor.of(user), NodeKind.SASARAN, id, version);
	}

	@MutationMapping
	CascadeNode createIndicator(@Argument NewNodeInput.CreateIndicator input, Authentication user) {
		return create(user, input);
	}

	@MutationMapping
	CascadeNode updateIndicator(@Argument String id, @Argument long version, @Argument NodeChanges.Indicator input,
			Authentication user) {
		return this.nodes.update(Editor.of(user), id, version, input);
	}

	@MutationMapping
	DeletedNode deleteIndicator(@Argument String id, @Argument long version, Authentication user) {
		return this.nodes.delete(Editor.of(user), NodeKind.INDIKATOR, id, version);
	}

	@MutationMapping
	CascadeNode setTargets(@Argument String id, @Argument long version, @Argument List<TargetInput> targets,
			Authentication user) {
		return this.nodes.setTargets(Editor.of(user), id, version, targets);
	}

	@MutationMapping
	CascadeNode createUnit(@Argument NewNodeInput.CreateUnit input, Authentication user) {
		return create(user, input);
	}

	@MutationMapping
	CascadeNode updateUnit(@Argument String id, @Argument long version, @Argument NodeChanges.Unit input,
			Authentication user) {
		return this.nodes.update(Editor.of(user), id, version, input);
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
	private CascadeNode create(Authentication user, NewNodeInput input) {
		try {
			return this.nodes.create(Editor.of(user), input);
		}
		catch (RuntimeException ex) {
			if (input.id() != null && ConstraintViolation.isCause(ex)) {
				throw this.nodes.taken(input.id());
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
