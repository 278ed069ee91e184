package id.pokin.cascade;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.pokin.node.CascadeNode;
import id.pokin.node.Unit;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

/**
 * Units as entry points (the web UI's overview): their tops and counts, one query per field per request level, never
 * per unit. The list of units is the {@code units} connection of {@code browse/}.
 */
@Controller
class UnitController {

	private final UnitQueries units;

	UnitController(UnitQueries units) {
		this.units = units;
	}

	@BatchMapping(typeName = "Unit")
	Map<Unit, List<CascadeNode>> topElements(List<Unit> units) {
		Map<String, List<CascadeNode>> byId = this.units.topElementsOf(units.stream().map(Unit::id).toList());
		Map<Unit, List<CascadeNode>> result = new LinkedHashMap<>();
		units.forEach(unit -> result.put(unit, byId.get(unit.id())));
		return result;
	}

	@BatchMapping(typeName = "Unit")
	Map<Unit, UnitCounts> counts(List<Unit> units) {
		Map<String, UnitCounts> byId = this.units.countsOf(units.stream().map(Unit::id).toList());
		Map<Unit, UnitCounts> result = new LinkedHashMap<>();
		units.forEach(unit -> result.put(unit, byId.get(unit.id())));
		return result;
	}

}
