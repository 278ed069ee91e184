package id.pokin.node;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchTextTests {

	@Test
	void wordsAreLowerCasedAndStrippedOfPunctuation() {
		assertThat(SearchText.of("  Jumlah   DOKUMEN, (penataan)! ").words())
			.containsExactly("jumlah", "dokumen", "penataan");
	}

	@Test
	void codesKeepInnerDotsAndGetACompactKey() {
		SearchText text = SearchText.of("CSF 1.1.");
		assertThat(text.words()).containsExactly("csf", "1.1");
		assertThat(text.codeKey()).isEqualTo("csf11");
		assertThat(text.luceneQuery()).isEqualTo("(csf* AND 1.1*) OR codeKey:csf11*");
	}

	@Test
	void luceneOperatorsAreOnlyWords() {
		assertThat(SearchText.of("name:* OR (\"x\"~").luceneQuery()).doesNotContain("\"", "(x", "~", ":*");
	}

	@Test
	void blankTextIsBlank() {
		assertThat(SearchText.of(" ,;- ").isBlank()).isTrue();
		assertThat(SearchText.of(null).isBlank()).isTrue();
	}

}
