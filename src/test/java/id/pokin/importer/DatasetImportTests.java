package id.pokin.importer;

import id.pokin.support.GraphQlIntegrationTest;
import id.pokin.support.TestNeo4j;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class DatasetImportTests extends GraphQlIntegrationTest {

	@Autowired
	ImportService service;

	@Test
	void smoke() {
		TestNeo4j.load();
		DatasetSeed.datasets().forEach((name, file) -> {
			ImportResult result = service.importFile(file);
			System.out.println(name + " -> " + result.summary());
			result.errors().forEach(e -> System.out.println(ImportCommand.line(e)));
			assertThat(result.errors()).isEmpty();
		});
	}

}
