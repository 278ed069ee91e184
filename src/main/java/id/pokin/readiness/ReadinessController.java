package id.pokin.readiness;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class ReadinessController {

	private final ReadinessService service;

	ReadinessController(ReadinessService service) {
		this.service = service;
	}

	@QueryMapping
	ReadinessReport readiness(@Argument String scope, @Argument Integer year) {
		return this.service.check(scope, year);
	}

	@SchemaMapping(typeName = "LkeCriterion")
	String code(LkeCriterion criterion) {
		return criterion.code();
	}

	@SchemaMapping(typeName = "LkeCriterion")
	String component(LkeCriterion criterion) {
		return criterion.component();
	}

	@SchemaMapping(typeName = "LkeCriterion")
	String subComponent(LkeCriterion criterion) {
		return criterion.subComponent();
	}

	@SchemaMapping(typeName = "LkeCriterion")
	String criterion(LkeCriterion criterion) {
		return criterion.criterion();
	}

}
