package id.pokin.suggest;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CodesAndNamesTests {

	@Test
	void aCodesParentHasOneNumberFewerWhateverItsLetters() {
		Codes code = Codes.of("1.2.3");
		assertThat(code.numbers()).containsExactly(1, 2, 3);
		assertThat(code.ancestorDepth(Codes.of("1.2"))).isEqualTo(1);
		assertThat(code.ancestorDepth(Codes.of("1.2."))).isEqualTo(1);
		assertThat(code.ancestorDepth(Codes.of("1"))).isEqualTo(2);
		assertThat(code.ancestorDepth(Codes.of("1.3"))).isZero();
		assertThat(code.ancestorDepth(Codes.of("1.2.3"))).isZero();
		assertThat(code.ancestorKeys()).containsExactly("12", "1");
		assertThat(Codes.of("CSF 1.1").ancestorDepth(Codes.of("CSF1"))).isEqualTo(1);
		assertThat(Codes.of("CSF 1.1").ancestorKeys()).containsExactly("1", "csf1");
		assertThat(Codes.of("CSF 1.1").numbering()).isEqualTo("1.1");
		assertThat(Codes.of("1.")).isEqualTo(new Codes("", java.util.List.of(1)));
		assertThat(Codes.of(null)).isNull();
		assertThat(Codes.of("A")).isNull();
		assertThat(Codes.of("1.2 (lama)")).isNull();
	}

	@Test
	void namesAreComparedAsIndonesianStems() {
		Map<String, String> stems = Names.stems("Terlaksananya Pelayanan yang Prima");
		// "yang" is a stop word; each stem keeps the word it came from
		assertThat(stems).containsEntry("layan", "Pelayanan").doesNotContainKey("yang");
		assertThat(Names.stems("layanan")).containsKey("layan");
		assertThat(Names.stems(null)).isEmpty();
	}

	@Test
	void aNameBecomesAQueryWithoutLuceneSyntax() {
		assertThat(Names.query("Jumlah (dokumen) AND \"hasil\" yang: OR*", 12)).isEqualTo("jumlah dokumen and hasil or");
		assertThat(Names.query("yang dan", 12)).isNull();
		assertThat(Names.query("dokumen laporan kinerja", 2)).isEqualTo("dokumen laporan");
	}

}
