package id.pokin.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web UI's two dictionaries ({@code frontend/i18n/id.js} and {@code en.js}) have the same keys, each once: a key
 * only in one language shows its Bahasa text (or the bare key) to English readers.
 */
class UiTranslationsTests {

	/** A key at the start of an entry line: {@code  'some.key': ...}. */
	private static final Pattern KEY = Pattern.compile("^\\s*'([^']+)'\\s*:", Pattern.MULTILINE);

	@Test
	void bahasaAndEnglishHaveTheSameKeysEachOnce() throws IOException {
		List<String> id = keys("id.js");
		List<String> en = keys("en.js");
		assertThat(id).hasSizeGreaterThan(200).doesNotHaveDuplicates();
		assertThat(en).doesNotHaveDuplicates();
		assertThat(en).as("keys of en.js against id.js").containsExactlyInAnyOrderElementsOf(id);
	}

	private static List<String> keys(String file) throws IOException {
		String text = Files.readString(Path.of("frontend", "i18n", file), StandardCharsets.UTF_8);
		List<String> keys = new ArrayList<>();
		Matcher m = KEY.matcher(text);
		while (m.find()) {
			keys.add(m.group(1));
		}
		return keys;
	}

}
