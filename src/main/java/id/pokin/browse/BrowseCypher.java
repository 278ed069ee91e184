package id.pokin.browse;

import java.util.ArrayList;
import java.util.List;

/**
 * The Cypher of the browse fields, put together from fixed fragments by which filters are given (every value is a
 * parameter; the only names spliced in are the labels of {@link Listing}).
 * <p>
 * A page starts from one <em>driver</em>, the most selective index the filter allows, and checks the other filters
 * on each row:
 * <ol>
 * <li>{@code text}: the {@code node_search} full-text index (its matches are unbounded, but no other filter can
 * stand in for it), once it has caught up with the commits before the query;</li>
 * <li>{@code unit}: the unit's subtree (its ids found beforehand) and what those units answer for;</li>
 * <li>{@code perangkatDaerah}, then {@code region}: the scope's documents through the per-label
 * {@code sourceDocument} indexes, plus the few ids outside them;</li>
 * <li>otherwise an ordered seek: {@code node_level_id} for a level, {@code node_kind_id} for a kind (indicators and
 * units always have one), the unique {@code id} index for elements of any kind. These return nodes in id order, so
 * the page stops after {@code first + 1} matches whatever the size of the graph.</li>
 * </ol>
 * The first three read a bounded set (a region at most) and sort it; the year and crosscutting filters are checks on
 * each row, never a driver, since they rarely exclude much. Counts use the same drivers without order.
 */
final class BrowseCypher {

	enum Driver {

		TEXT, UNIT, PERANGKAT_DAERAH, REGION, LEVEL, KIND, ID

	}

	/**
	 * The scope of region and Perangkat Daerah ids (the readiness check's definition, {@code ReadinessScope}): the
	 * units of the unit's {@code PART_OF} subtree, what they answer for, everything that contributes to that, and
	 * every node of the documents those come from. Given as the documents plus the ids of the nodes without one. Also
	 * what each given filter id is (an unknown id has no kind), the ids of a unit's subtree (itself first), and the
	 * documents whose plan period excludes the year.
	 */
	static final String RESOLVE = """
			CALL () {
			  UNWIND $roots AS root
			  OPTIONAL MATCH (n:Node {id: root.id})
			  CALL (n) {
			    OPTIONAL MATCH (n)<-[:PART_OF*0..]-(unit:Unit)
			    WHERE n:Unit
			    RETURN collect(DISTINCT unit) AS units
			  }
			  CALL (units, root) {
			    UNWIND CASE WHEN root.scoped THEN units ELSE [] END AS unit
			    MATCH (unit)-[:RESPONSIBLE_FOR]->(owned:Node)
			    RETURN collect(DISTINCT owned) AS owned
			  }
			  // as in the readiness scope: the walk down continues only where a link enters from a node nobody in
			  // the scope answers for, so each node is expanded once
			  CALL (owned) {
			    UNWIND owned AS node
			    MATCH (node)<-[:CONTRIBUTES_TO]-(entry:Node)
			    WHERE NOT entry IN owned
			    WITH DISTINCT entry
			    MATCH (entry)<-[:CONTRIBUTES_TO*0..]-(contributor:Node)
			    RETURN collect(DISTINCT contributor) AS contributors
			  }
			  WITH root, n, units, CASE WHEN root.scoped THEN units + owned + contributors ELSE [] END AS nodes
			  CALL (nodes) {
			    UNWIND nodes AS node
			    WITH DISTINCT node.sourceDocument AS document
			    WHERE document IS NOT NULL
			    RETURN collect(document) AS documents
			  }
			  CALL (nodes) {
			    UNWIND nodes AS node
			    WITH node WHERE node.sourceDocument IS NULL
			    RETURN collect(DISTINCT node.id) AS ids
			  }
			  RETURN collect({argument: root.argument, id: root.id, kind: n.kind, level: n.level,
			                  units: [unit IN units | unit.id], documents: documents, ids: ids}) AS roots
			}
			CALL () {
			  MATCH (d:Document)
			  WHERE toInteger(d.periodStart) > $year OR toInteger(d.periodEnd) < $year
			  RETURN collect(d.id) AS outOfYear
			}
			RETURN roots, outOfYear
			""";

	/**
	 * One page of what units answer for (themselves, or with {@code subUnits} also their sub-units), for many units
	 * at once, each from its own cursor. A unit's responsibilities are few enough to sort (an agency's subtree at
	 * most); LIMIT cannot vary by row, so each is cut by a slice.
	 */
	static final String RESPONSIBILITIES = """
			UNWIND $pages AS page
			MATCH (u:Node {id: page.unit})
			CALL (u, page) {
			  CALL (u, page) {
			    WITH u WHERE NOT page.subUnits
			    MATCH (u)-[:RESPONSIBLE_FOR]->(n:Node)
			    RETURN n
			    UNION
			    WITH u WHERE page.subUnits
			    MATCH (u)<-[:PART_OF*0..]-(:Unit)-[:RESPONSIBLE_FOR]->(n:Node)
			    RETURN n
			  }
			  WITH page, n WHERE n.id > page.after
			  WITH page, n ORDER BY n.id
			  WITH page.limit AS limit, collect(n) AS nodes
			  RETURN [n IN nodes[..limit] | n {.*}] AS nodes
			}
			RETURN page.key AS key, nodes
			""";

	private BrowseCypher() {
	}

	static Driver driver(Listing listing, NodeFilter filter) {
		if (filter.text() != null) {
			return Driver.TEXT;
		}
		if (filter.unit() != null) {
			return Driver.UNIT;
		}
		if (filter.perangkatDaerah() != null) {
			return Driver.PERANGKAT_DAERAH;
		}
		if (filter.region() != null) {
			return Driver.REGION;
		}
		if (filter.level() != null) {
			return Driver.LEVEL;
		}
		return listing.kind(filter) != null ? Driver.KIND : Driver.ID;
	}

	/**
	 * One page: nodes after {@code $after} in id order, {@code $limit} at most (the caller asks for one more than a
	 * page to know whether another follows).
	 */
	static String page(Listing listing, NodeFilter filter) {
		Driver driver = driver(listing, filter);
		List<String> checks = checks(listing, filter, driver);
		checks.add("n.id > $after");
		return """
				%s
				WITH n WHERE %s
				WITH n ORDER BY %s
				LIMIT $limit
				RETURN n {.*} AS node
				""".formatted(driverClause(listing, driver, true), String.join("\n  AND ", checks), order(driver));
	}

	/** The nodes matching the filter, counted by kind and level, in one aggregate query. */
	static String counts(NodeFilter filter) {
		Driver driver = driver(Listing.ALL, filter);
		List<String> checks = checks(Listing.ALL, filter, driver);
		String where = checks.isEmpty() ? "" : "\nWITH n WHERE " + String.join("\n  AND ", checks);
		return """
				%s%s
				RETURN n.kind AS kind, n.level AS level, count(*) AS count
				""".formatted(driverClause(Listing.ALL, driver, false), where);
	}

	private static String driverClause(Listing listing, Driver driver, boolean ordered) {
		String label = listing.label();
		return switch (driver) {
			// the index is eventually consistent (migration V008): the wait lets a page see every commit before it
			case TEXT -> """
					CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()
					CALL db.index.fulltext.queryNodes('node_search', $text) YIELD node AS n""";
			case UNIT -> unitDriver(listing);
			case PERANGKAT_DAERAH, REGION -> """
					CALL () {
					  UNWIND $scopeDocuments AS document
					  MATCH (n:%1$s {sourceDocument: document})
					  USING INDEX n:%1$s(sourceDocument)
					  RETURN n
					  UNION ALL
					  UNWIND $scopeIds AS id
					  MATCH (n:Node {id: id})
					  WHERE n:%1$s
					  RETURN n
					}""".formatted(label);
			case LEVEL -> ordered ? """
					MATCH (n:Node)
					USING INDEX n:Node(level, id)
					WHERE n.level = $level AND n.id > $after""" : """
					MATCH (n:Node)
					USING INDEX n:Node(level, id)
					WHERE n.level = $level AND n.id IS NOT NULL""";
			case KIND -> ordered ? """
					MATCH (n:Node)
					USING INDEX n:Node(kind, id)
					WHERE n.kind = $kind AND n.id > $after""" : """
					MATCH (n:Node)
					USING INDEX n:Node(kind, id)
					WHERE n.kind = $kind AND n.id IS NOT NULL""";
			case ID -> ordered ? """
					MATCH (n:Node)
					USING INDEX n:Node(id)
					WHERE n.id > $after""" : "MATCH (n:Node)";
		};
	}

	/** What a unit or a sub-unit answers for; for units, its sub-units. From the subtree's ids (the resolve query's). */
	private static String unitDriver(Listing listing) {
		List<String> branches = new ArrayList<>();
		if (listing.listsResponsibilities()) {
			branches.add("""
					  UNWIND $unitIds AS unitId
					  MATCH (:Node {id: unitId})-[:RESPONSIBLE_FOR]->(n:%s)
					  RETURN DISTINCT n""".formatted(listing.label()));
		}
		if (listing.listsUnits()) {
			branches.add("""
					  UNWIND $subUnitIds AS unitId
					  MATCH (n:Node {id: unitId})
					  RETURN n""");
		}
		return "CALL () {\n" + String.join("\n  UNION\n", branches) + "\n}";
	}

	/** The filters the driver does not already apply, each a check on one row. */
	private static List<String> checks(Listing listing, NodeFilter filter, Driver driver) {
		List<String> checks = new ArrayList<>();
		if (listing != Listing.ALL && driver != Driver.KIND && driver != Driver.PERANGKAT_DAERAH
				&& driver != Driver.REGION && driver != Driver.UNIT) {
			checks.add("n:" + listing.label());
		}
		if (filter.kind() != null && driver != Driver.KIND) {
			checks.add("n.kind = $kind");
		}
		if (filter.level() != null && driver != Driver.LEVEL) {
			checks.add("n.level = $level");
		}
		if (filter.unit() != null && driver != Driver.UNIT) {
			checks.add(unitCheck(listing));
		}
		if (filter.perangkatDaerah() != null && driver != Driver.PERANGKAT_DAERAH) {
			checks.add("(n.sourceDocument IN $perangkatDaerahDocuments OR n.id IN $perangkatDaerahIds)");
		}
		if (filter.region() != null && driver != Driver.REGION) {
			checks.add("(n.sourceDocument IN $regionDocuments OR n.id IN $regionIds)");
		}
		if (filter.year() != null) {
			checks.add("(n.sourceDocument IS NULL OR NOT n.sourceDocument IN $outOfYear)");
		}
		if (filter.crosscutting() != null) {
			checks.add("(COUNT { (n)-[:CONTRIBUTES_TO]->() } > 1) = $crosscutting");
		}
		return checks;
	}

	/** Per row: one step to the units answering for the node, checked against the subtree's ids. */
	private static String unitCheck(Listing listing) {
		String responsible = "EXISTS { (n)<-[:RESPONSIBLE_FOR]-(r:Unit) WHERE r.id IN $unitIds }";
		String subUnit = "n.id IN $subUnitIds";
		return switch (listing) {
			case UNITS -> subUnit;
			case ALL -> "(" + responsible + " OR " + subUnit + ")";
			default -> responsible;
		};
	}

	private static String order(Driver driver) {
		return switch (driver) {
			case LEVEL -> "n.level, n.id";
			case KIND -> "n.kind, n.id";
			default -> "n.id";
		};
	}

}
