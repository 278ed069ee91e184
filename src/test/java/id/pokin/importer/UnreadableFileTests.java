package id.pokin.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A file that cannot be read is reported in our words, in both languages: what POI, Xerces or Commons CSV say
 * about it (a parser feature's address, an OOXML rule number, an exception) stays in the server's log.
 */
class UnreadableFileTests {

	/** Pieces of library text seen in these messages before. */
	private static final List<String> THIRD_PARTY = List.of("http", "[M", "Exception", "feature", "apache", "xerces",
			"DOCTYPE", "encapsulated", "zip file", "OLE2", "Invalid", "invalid", "Content_Types");

	@TempDir
	Path dir;

	@ParameterizedTest
	@ValueSource(strings = { "text named .xlsx", "old .xls", "truncated workbook", "malformed sheet xml",
			"doctype in sheet xml", "no content types", "unclosed quote in csv", "text named .zip" })
	void aFileThatCannotBeReadIsReportedInOurWords(String kind) throws IOException {
		Path file = file(kind);
		ImportFile read = ImportFile.read(file);
		assertThat(read.problems()).as(kind).singleElement().satisfies(error -> {
			assertThat(error.code()).isEqualTo(ImportError.Code.FILE_UNREADABLE);
			assertThat(error.message().en()).as(kind).startsWith("The file cannot be read (");
			assertThat(error.message().id()).as(kind).startsWith("Berkas tidak dapat dibaca (");
			for (String text : THIRD_PARTY) {
				assertThat(error.message().en()).as(kind).doesNotContain(text);
				assertThat(error.message().id()).as(kind).doesNotContain(text);
			}
		});
	}

	private Path file(String kind) throws IOException {
		Path workbook = TestFiles.workbook(this.dir.resolve("ok.xlsx"),
				Map.of("units", List.of(List.of("id", "name"), List.of("u1", "Satu"))));
		return switch (kind) {
			case "text named .xlsx" -> Files.writeString(this.dir.resolve("a.xlsx"), "id,name\nu1,Satu\n");
			case "text named .zip" -> Files.writeString(this.dir.resolve("a.zip"), "id,name\nu1,Satu\n");
			case "old .xls" -> {
				byte[] ole2 = new byte[1024];
				byte[] magic = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 };
				System.arraycopy(magic, 0, ole2, 0, magic.length);
				yield Files.write(this.dir.resolve("old.xlsx"), ole2);
			}
			case "truncated workbook" -> {
				byte[] bytes = Files.readAllBytes(workbook);
				yield Files.write(this.dir.resolve("cut.xlsx"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
			}
			case "malformed sheet xml" -> rewritten(workbook, "bad.xlsx",
					name -> name.startsWith("xl/worksheets/") ? "<worksheet><sheetData><row>" : null);
			case "doctype in sheet xml" -> rewritten(workbook, "doctype.xlsx", name -> name.startsWith("xl/worksheets/")
					? "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e \"e\">]><worksheet/>" : null);
			case "no content types" -> rewritten(workbook, "parts.xlsx",
					name -> name.equals("[Content_Types].xml") ? "" : null);
			case "unclosed quote in csv" -> {
				Path folder = Files.createDirectories(this.dir.resolve("csv"));
				Files.writeString(folder.resolve("units.csv"), "id,name\nu1,\"Satu\"x,y\n");
				yield folder;
			}
			default -> throw new IllegalArgumentException(kind);
		};
	}

	/** The workbook with the entries {@code replace} gives text for replaced by it ("" leaves an entry out). */
	private Path rewritten(Path workbook, String name, UnaryOperator<String> replace) throws IOException {
		Path target = this.dir.resolve(name);
		try (ZipFile source = new ZipFile(workbook.toFile());
				ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
			for (ZipEntry entry : Collections.list(source.entries())) {
				String replacement = replace.apply(entry.getName());
				if ("".equals(replacement)) {
					continue;
				}
				out.putNextEntry(new ZipEntry(entry.getName()));
				if (replacement != null) {
					out.write(replacement.getBytes(StandardCharsets.UTF_8));
				}
				else {
					try (InputStream in = source.getInputStream(entry)) {
						in.transferTo(out);
					}
				}
				out.closeEntry();
			}
		}
		return target;
	}

}
