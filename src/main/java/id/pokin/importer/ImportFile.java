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

import id.pokin.importer.ImportError.Code;
import id.pokin.importer.ImportError.Message;

/**
 * The tables of one import as read from a workbook, a folder of CSV files or a .zip of them, with the problems
 * met while reading (a file that cannot be read, a sheet given twice). What the tables say is checked later,
 * by {@link RowParser} and {@link ImportValidator}.
 */
record ImportFile(String name, List<SheetTable> tables, List<ImportError> problems) {

	static ImportFile read(Path path) {
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
			return failed(name, Code.FILE_UNREADABLE, reason(ex));
		}
	}

	static ImportFile of(String name, List<SheetTable> tables) {
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

	private static Object reason(Exception ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof CharacterCodingException) {
				return new Message("isinya bukan teks UTF-8", "its content is not UTF-8 text");
			}
			if (t.getMessage() != null && t.getMessage().contains("Zip bomb")) {
				return new Message("isinya mengembang jauh melebihi ukuran berkasnya (perlindungan terhadap bom zip)",
						"it unpacks to far more data than its size allows (zip bomb protection)");
			}
		}
		String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage().lines().findFirst().orElse("");
		return message.length() > 200 ? message.substring(0, 200) + "..." : message;
	}

	/** The table of a sheet; sheet names are compared without regard to case. */
	Optional<SheetTable> table(ImportSheet sheet) {
		return this.tables.stream().filter(t -> sheet.sheetName().equalsIgnoreCase(t.name().strip())).findFirst();
	}

}
