package id.pokin.sheet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class TargetValueTests {

	@ParameterizedTest(name = "[{0}] -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			BB = 72.4              | 72.4
			B = 66.04              | 66.04
			100%                   | 100
			100.00%                | 100
			100% (Tinggi)          | 100
			1 Dokumen Laporan      | 1
			37,5% (12 SKPD)        | 37.5
			800 buah               | 800
			72,4                   | 72.4
			14,26                  | 14.26
			77.40                  | 77.4
			78.00%                 | 78
			4                      | 4
			1.250                  | 1250
			12.500                 | 12500
			1.250,5                | 1250.5
			1.250.000              | 1250000
			1.250.000,75           | 1250000.75
			1,250.5                | 1250.5
			1,250,000              | 1250000
			0.125                  | 0.125
			1.2500                 | 1.25
			1234.5                 | 1234.5
			-2,5                   | -2.5
			Inflasi -0.5 persen    | -0.5
			2021-2026              | 2021
			IKM > 80               | 80
			Level 3                | 3
			'  72,4  '             | 72.4
			""")
	void readsTheFirstNumberTheIndonesianWay(String raw, double expected) {
		TargetValue value = TargetValue.of(raw);
		assertThat(value.number()).isEqualTo(expected);
		assertThat(value.raw()).isEqualTo(raw.strip());
	}

	@ParameterizedTest
	@ValueSource(strings = { "Sangat Baik (A)", "BB", "Tinggi", "-", "n/a" })
	void keepsTextWithoutANumberAsRawOnly(String raw) {
		TargetValue value = TargetValue.of(raw);
		assertThat(value.raw()).isEqualTo(raw);
		assertThat(value.number()).isNull();
	}

	@Test
	void anEmptyCellIsNoValueAtAll() {
		assertThat(TargetValue.of(null)).isNull();
		assertThat(TargetValue.of("")).isNull();
		assertThat(TargetValue.of("   ")).isNull();
		assertThat(TargetValue.of("\u00A0")).isNull();
	}

	@Test
	void separatorsThatFitNoConventionGiveNoNumber() {
		assertThat(TargetValue.of("1.2,3.4").number()).isNull();
	}

	@Test
	void aHyphenBetweenWordsOrNumbersIsNotAMinusSign() {
		assertThat(TargetValue.of("Tahun-5").number()).isEqualTo(5);
		assertThat(TargetValue.of("2024-5").number()).isEqualTo(2024);
	}

}
