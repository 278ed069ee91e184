package id.pokin.readiness;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import id.pokin.support.GraphQlIntegrationTest;
import id.pokin.support.SlowTest;
import id.pokin.support.TestNeo4j;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@SlowTest
class ReadinessCommandTests extends GraphQlIntegrationTest {

	@Autowired
	ReadinessService service;

	private final ByteArrayOutputStream output = new ByteArrayOutputStream();

	@Test
	void errorsInTheScopeExitWithOneAndPrintTheTable() {
		TestNeo4j.load("readiness-clean.cypher", "readiness-defects.cypher");
		int exit = command().execute(List.of("--scope", "rx-u-setda", "--year", "2024"), out());
		assertThat(exit).isEqualTo(ReadinessCommand.ERRORS_FOUND);
		String text = text();
		assertThat(text.lines().findFirst()).hasValueSatisfying(header -> assertThat(header).matches(
				"SEVERITY +RULE +NODE +MESSAGE"));
		assertThat(text).containsPattern("ERROR +indicator-unlinked +rx-d-i-unlinked +Indikator Subbagian \"Persentase arsip");
		assertThat(text).contains("WARNING  ").doesNotContain("rx-d-i-nobody");
		ReadinessReport report = this.service.check("rx-u-setda", 2024);
		assertThat(text).contains("Skor kesiapan " + report.score() + " untuk Sekretariat Daerah Kabupaten X (rx-u-setda), 2024: "
				+ report.count(Severity.ERROR) + " ERROR");
		assertThat(text.lines().count()).isEqualTo(ReadinessRulesTests.all(report).size() + 3);
	}

	@Test
	void aCleanScopeExitsWithZeroAndEnglishOnRequest() {
		TestNeo4j.load("readiness-clean.cypher");
		assertThat(command().execute(List.of("--scope=rx-u-pemda", "--lang", "en"), out())).isEqualTo(ReadinessCommand.OK);
		assertThat(text()).contains("Readiness score 100.0 for Kabupaten X (rx-u-pemda): 0 ERROR, 0 WARNING, 0 INFO on ");
	}

	@Test
	void warningsAloneDoNotFailTheCheck() {
		TestNeo4j.load("readiness-clean.cypher", "readiness-defects.cypher");
		// the Bagian's subtree holds warnings (an idle subbagian) and errors (an unmeasured sasaran, a reversal)
		assertThat(command().execute(List.of("--scope", "rx-u-bag-pem"), out())).isEqualTo(ReadinessCommand.ERRORS_FOUND);
		TestNeo4j.load("readiness-clean.cypher");
		try (var session = TestNeo4j.driver().session()) {
			session.run("MATCH (i:Indikator {id: 'rx-i-sb-adm'}) REMOVE i.baselineRaw, i.dataSource").consume();
		}
		assertThat(command().execute(List.of(), out())).isEqualTo(ReadinessCommand.OK);
		assertThat(text()).contains("indicator-incomplete", "baseline-missing", "0 ERROR, 1 WARNING, 1 INFO");
	}

	@Test
	void aWrongCommandLineOrScopeExitsWithTwo() {
		TestNeo4j.load("readiness-clean.cypher");
		assertThat(command().execute(List.of("--year", "soon"), out())).isEqualTo(ReadinessCommand.USAGE);
		assertThat(command().execute(List.of("--scope"), out())).isEqualTo(ReadinessCommand.USAGE);
		assertThat(command().execute(List.of("--verbose", "yes"), out())).isEqualTo(ReadinessCommand.USAGE);
		assertThat(command().execute(List.of("--lang", "fr"), out())).isEqualTo(ReadinessCommand.USAGE);
		assertThat(command().execute(List.of("--scope", "no-such-unit"), out())).isEqualTo(ReadinessCommand.USAGE);
		assertThat(text()).contains("unknown option --verbose", "usage: readiness", "No node with id 'no-such-unit'");
	}

	@Test
	void asACommandItIsNamedReadinessAndReturnsItsExitCode() {
		TestNeo4j.load("readiness-clean.cypher", "readiness-defects.cypher");
		ReadinessCommand command = command();
		assertThat(command.name()).isEqualTo("readiness");
		assertThat(command.run(List.of("--scope", "rx-u-pemda"))).isEqualTo(ReadinessCommand.ERRORS_FOUND);
	}

	private ReadinessCommand command() {
		return new ReadinessCommand(this.service);
	}

	private PrintStream out() {
		return new PrintStream(this.output, true, StandardCharsets.UTF_8);
	}

	private String text() {
		return this.output.toString(StandardCharsets.UTF_8);
	}

}
