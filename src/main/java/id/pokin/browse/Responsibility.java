package id.pokin.browse;

import id.pokin.node.CascadeNode;

/**
 * A node a unit answers for ({@code Responsibility} in browse.graphqls); its {@code trace} is loaded for a whole page
 * (every unit's) in one query.
 *
 * @param unitId the unit whose {@code responsibilities} listed it
 * @param node the element or indicator
 */
record Responsibility(String unitId, CascadeNode node) {
}
