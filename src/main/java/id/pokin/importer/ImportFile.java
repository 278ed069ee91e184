package id.pokin.importer;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipException;

import id.pokin.importer.ImportError.Code;
import id.pokin.importer.ImportError.Message;
import id.pokin.sheet.CsvSheetReader;
import id.pokin.sheet.ImportSheet;
import id.pokin.sheet.SheetReader;
import id.pokin.sheet.SheetTable;
import id.pokin.sheet.XlsxSheetReader;
import org.apache.commons.csv.CSVException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tables of one import as read from a workbook, a folder of CSV files or a .zip of them, with the problems
 * met while reading (a file that cannot be read, a sheet given twice). What the tables say is checked later,
 * by {@link RowParser} and {@link ImportValidator}.
 */
public record ImportFile(String name, List<SheetTable> tables, List<ImportError> problems) {

	private static final Logger log = LoggerFactory.getLogger(ImportFile.class);

	public static ImportFile read(Path path) {
		Path fileName = path.getFileName();
		return read(path, fileName == null ? path.toString() : fileName.toString());
	}

	/** The file at {@code path}, its type told by {@code name} (for an upload, the name it was sent under). */
	static ImportFile read(Path path, String name) {
		if (!Files.exists(path)) {
			return failed(name, Code.FILE_UNREADABLE,
					new Message("berkas tidak ditemukan: " + path, "no such file: " + path));
		}
		SheetReader reader = readerFor(path, name);
		if (reader == null) {
			return failed(name, Code.UNSUPPORTED_FILE, name);
		}
		try {
			return of(name, reader.read(path));
		}
		// POI reports a damaged or disguised workbook through several unchecked exceptions as well
		catch (IOException | RuntimeException ex) {
			return failed(name, Code.FILE_UNREADABLE, reason(name, ex));
		}
	}

	public static ImportFile of(String name, List<SheetTable> tables) {
		List<ImportError> problems = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (SheetTable table : tables) {
			String sheet = table.name().strip().toLowerCase(Locale.ROOT);
			if (!seen.add(sheet)) {
				problems.add(ImportError.of(sheet, null, null, Code.DUPLICATE_SHEET, sheet));
			}
		}
		return new ImportFile(name, List.copyOf(tables), List.copyOf(problems));
	}

	private static ImportFile failed(String name, Code code, Object argument) {
		return new ImportFile(name, List.of(), List.of(ImportError.ofFile(code, argument)));
	}

	private static SheetReader readerFor(Path path, String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		if (Files.isDirectory(path) || lower.endsWith(".zip")) {
			return new CsvSheetReader();
		}
		return lower.endsWith(".xlsx") ? new XlsxSheetReader() : null;
	}

	/**
	 * Why the file cannot be read, in our words: what the libraries say (a parser feature's address, an OOXML
	 * rule number, a class name) means nothing to a planner, so it is logged and never shown.
	 */
	private static Message reason(String name, Exception ex) {
		log.warn("Import file {} cannot be read: {}", name, ex.toString());
		log.debug("Import file {} cannot be read", name, ex);
		for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof CharacterCodingException) {
				return new Message("isinya bukan teks UTF-8", "its content is not UTF-8 text");
			}
			if (t.getMessage() != null && t.getMessage().contains("Zip bomb")) {
				return new Message("isinya mengembang jauh melebihi ukuran berkasnya (perlindungan terhadap bom zip)",
						"it unpacks to far more data than its size allows (zip bomb protection)");
			}
			if (t instanceof OLE2NotOfficeXmlFileException) {
				return new Message("ini buku kerja Excel 97-2003 (.xls) atau berkas Office lama",
						"it is an Excel 97-2003 workbook (.xls) or another old Office file");
			}
			if (t instanceof EncryptedDocumentException) {
				return new Message("berkasnya dilindungi kata sandi", "it is protected with a password");
			}
			if (t instanceof CSVException) {
				return new Message("sebuah sel bertanda kutip (\") tidak ditutup, atau ada teks setelah tanda kutip penutupnya",
						"a cell in quotes (\") is not closed, or has text after its closing quote");
			}
			if (t instanceof NotOfficeXmlFileException || t instanceof ZipException) {
				return new Message("isinya bukan buku kerja Excel, atau berkasnya rusak",
						"it is not an Excel workbook, or the file is damaged");
			}
		}
		return new Message("isinya rusak atau tidak dikenali", "its content is damaged or not recognised");
	}

	/** The table of a sheet; sheet names are compared without regard to case. */
	public Optional<SheetTable> table(ImportSheet sheet) {
		return this.tables.stream().filter(t -> sheet.sheetName().equalsIgnoreCase(t.name().strip())).findFirst();
	}

}
