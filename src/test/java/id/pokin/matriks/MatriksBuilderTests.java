package id.pokin.matriks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which element goes in which column, without a database. */
class MatriksBuilderTests {

	@Test
	void theAsistenFoldsIntoTheProgramColumnAndPemdaElementsAreLeftOut() {
		List<Map<String, Object>> elements = List.of(
				element("rpjmd", "SASARAN", "PEMDA", null),
				element("pd", "SASARAN", "PERANGKAT_DAERAH", "rpjmd"),
				element("as", "SASARAN", "ASISTEN", "pd"),
				element("bag", "SASARAN", "BAGIAN", "as"),
				element("sub", "SASARAN", "SUBBAGIAN", "bag"));
		List<Matriks.Row> rows = MatriksBuilder.rows(elements, List.of(indicator("i", "sub")), 2024);
		assertThat(rows).hasSize(1);
		assertThat(rows.get(0).tiers()).extracting(Matriks.Tier::key).containsExactly("", "pd", "as|bag", "sub");
		assertThat(rows.get(0).tiers().get(2).text()).isEqualTo("1 as name\n1 bag name");
		assertThat(rows.get(0).target()).isEqualTo("90%");
		assertThat(rows.get(0).responsible()).isEqualTo("Sub Bagian");
	}

	@Test
	void aKecamatanHasNoProgramOrKegiatanAndAnElementWithoutIndicatorGetsARow() {
		List<Map<String, Object>> elements = List.of(
				element("tujuan", "TUJUAN", "PERANGKAT_DAERAH", null),
				element("s1", "SASARAN", "PERANGKAT_DAERAH", "tujuan"),
				element("s2", "SASARAN", "PERANGKAT_DAERAH", "tujuan"));
		List<Matriks.Row> rows = MatriksBuilder.rows(elements, List.of(indicator("i", "s1")), 2024);
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0).tiers()).extracting(Matriks.Tier::key).containsExactly("tujuan", "s1", "", "");
		assertThat(rows.get(1).hasIndicator()).isFalse();
		assertThat(rows.get(1).note()).isEqualTo("Sasaran tanpa indikator");
		Matriks.Sheet sheet = new Matriks.Sheet("u", "U", rows);
		assertThat(sheet.merges(0)).containsExactly(new int[] { 0, 1 });
		assertThat(sheet.merges(1)).isEmpty();
	}

	@Test
	void aCsfOutcomeIsTheTujuanAndItsCsfTheSasaran() {
		List<Map<String, Object>> elements = List.of(
				element("outcome", "KONDISI", "PERANGKAT_DAERAH", null),
				element("csf1", "KONDISI", "PERANGKAT_DAERAH", "outcome"),
				element("csf11", "KONDISI", "BAGIAN", "csf1"),
				element("k111", "KONDISI", "SUBBAGIAN", "csf11"));
		List<Matriks.Row> rows = MatriksBuilder.rows(elements, List.of(indicator("i", "k111")), 2024);
		assertThat(rows.get(0).tiers()).extracting(Matriks.Tier::key).containsExactly("outcome", "csf1", "csf11", "k111");
	}

	@Test
	void anElementUnderTwoParentsPutsItsIndicatorsOnBothPathsInDocumentOrder() {
		List<Map<String, Object>> elements = new ArrayList<>(List.of(
				element("b", "SASARAN", "PERANGKAT_DAERAH", null),
				element("a", "SASARAN", "PERANGKAT_DAERAH", null),
				element("bag", "SASARAN", "BAGIAN", "a;b")));
		elements.get(0).put("seq", 2L);
		elements.get(1).put("seq", 1L);
		List<Matriks.Row> rows = MatriksBuilder.rows(elements, List.of(indicator("i", "bag"), indicator("j", null)),
				2024);
		assertThat(rows).extracting(row -> row.tiers().get(1).key()).containsExactly("a", "b", "");
		assertThat(rows).extracting(Matriks.Row::note).containsExactly("Lintas: jalur 1 dari 2", "Lintas: jalur 2 dari 2",
				null);
		assertThat(rows.get(0).responsible()).isEqualTo("Sub Bagian");
		assertThat(rows.get(2).tiers()).allMatch(Matriks.Tier::isEmpty);
	}

	@Test
	void anIndicatorNobodyAnswersForShowsTheUnitsOfItsElementMarked() {
		Map<String, Object> element = element("s", "SASARAN", "BAGIAN", null);
		element.put("responsible", List.of("Bagian Hukum"));
		Map<String, Object> indicator = indicator("i", "s");
		indicator.put("responsible", List.of());
		assertThat(MatriksBuilder.rows(List.of(element), List.of(indicator), 2024).get(0).responsible())
			.isEqualTo("Bagian Hukum (penanggung jawab sasaran)");
	}

	private static Map<String, Object> element(String id, String kind, String level, String parents) {
		Map<String, Object> element = new HashMap<>();
		element.put("id", id);
		element.put("kind", kind);
		element.put("level", level);
		element.put("code", "1");
		element.put("name", id + " name");
		element.put("parents", parents == null ? List.of() : List.of(parents.split(";")));
		element.put("responsible", List.of());
		return element;
	}

	private static Map<String, Object> indicator(String id, String element) {
		Map<String, Object> indicator = new HashMap<>();
		indicator.put("id", id);
		indicator.put("name", id + " name");
		indicator.put("targetYears", List.of(2023L, 2024L));
		indicator.put("targetRaw", List.of("80%", "90%"));
		indicator.put("parents", element == null ? List.of() : List.of(element));
		indicator.put("responsible", List.of("Sub Bagian"));
		return indicator;
	}

}
