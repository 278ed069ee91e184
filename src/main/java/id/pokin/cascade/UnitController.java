package id.pokin.cascade;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Units as entry points (the web UI's overview): one query per field per request level, never per unit. */
@Controller
class UnitController {

	private final UnitQueries units;

	UnitController(UnitQueries units) {
		this.units = units;
	}

	@QueryMapping
	List<CascadeNode> units(@Argument Level level) {
		return this.units.units(level);
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
