package id.pokin.importer;

import java.util.Arrays;
import java.util.Comparator;

import id.pokin.sheet.ImportSheet;
import id.pokin.web.Shown;

/**
 * One thing wrong with an import file, where it is (sheet, row as Excel shows it with the header as row 1, and
 * column name) and what to do about it, in Bahasa Indonesia and English. Sheet, row and column are
 * {@code null} where they do not apply (a file that cannot be read, a missing sheet).
 */
public record ImportError(String sheet, Integer row, String column, Code code, Message message) {

	/** Errors in the order a planner works through the file: by sheet, then by row. */
	static final Comparator<ImportError> FILE_ORDER = Comparator
		.comparingInt((ImportError e) -> sheetOrder(e.sheet()))
		.thenComparing(e -> e.row() == null ? 0 : e.row());

	/**
	 * The error, its message in both languages. Text arguments are what the file holds (ids, cells, headers): each is
	 * quoted {@link Shown#value(String) shortened and with control characters written out}, as is the column;
	 * arguments of our own are given as {@link Message}s and are put in whole.
	 */
	static ImportError of(String sheet, Integer row, String column, Code code, Object... args) {
		Object[] shown = Arrays.stream(args).map(arg -> arg instanceof String text ? Shown.value(text) : arg).toArray();
		return new ImportError(sheet, row, Shown.value(column), code, code.message(shown));
	}

	/** Errors before a file's sheets (it cannot be read), then by sheet in the order of {@link ImportSheet}. */
	static int sheetOrder(String sheet) {
		return sheet == null ? -1 : ImportSheet.named(sheet).map(Enum::ordinal).orElse(ImportSheet.values().length);
	}

	static ImportError ofFile(Code code, Object... args) {
		return of(null, null, null, code, args);
	}

	/** A text in both languages of the application. */
	public record Message(String id, String en) {

		/** Our own text that reads the same in both languages (a list of column names, of choices). */
		static Message both(String text) {
			return new Message(text, text);
		}

	}

	public enum Code {

		UNSUPPORTED_FILE(
				"Jenis berkas '%s' tidak didukung: unggah buku kerja Excel (.xlsx), atau .zip/folder berisi documents.csv, units.csv, elements.csv dan indicators.csv.",
				"The file type of '%s' is not supported: upload an Excel workbook (.xlsx), or a .zip/folder holding documents.csv, units.csv, elements.csv and indicators.csv."),

		FILE_UNREADABLE(
				"Berkas tidak dapat dibaca (%s). Simpan ulang dari Excel sebagai buku kerja .xlsx atau sebagai 'CSV UTF-8', lalu coba lagi.",
				"The file cannot be read (%s). Save it again from Excel as an .xlsx workbook or as 'CSV UTF-8', then try again."),

		MISSING_SHEET(
				"Lembar '%s' tidak ada. Berkas impor perlu empat lembar: documents, units, elements dan indicators (lembar boleh hanya berisi baris judul).",
				"Sheet '%s' is missing. An import file needs four sheets: documents, units, elements and indicators (a sheet may hold only its header row)."),

		DUPLICATE_SHEET("Lembar '%s' ada lebih dari satu kali; gabungkan isinya menjadi satu lembar.",
				"There is more than one sheet '%s'; put its rows into one sheet."),

		MISSING_COLUMN("Kolom wajib '%s' tidak ada di baris judul.", "Required column '%s' is missing from the header row."),

		UNKNOWN_COLUMN("Kolom '%s' tidak dikenal (salah ketik?). Kolom yang dikenal di lembar ini: %s.",
				"Unknown column '%s' (a typo?). The columns of this sheet are: %s."),

		UNNAMED_COLUMN("Kolom %s berisi nilai tetapi tidak punya judul; beri judul kolom atau kosongkan kolom itu.",
				"Column %s holds values but has no header; give it a header or empty it."),

		DUPLICATE_COLUMN("Kolom '%s' muncul lebih dari satu kali di baris judul.",
				"Column '%s' appears more than once in the header row."),

		INVALID_TARGET_COLUMN(
				"Judul kolom target '%s' tidak sah: tulis target_ diikuti tahun empat angka, misalnya target_2025.",
				"Target column header '%s' is not valid: write target_ followed by a four-digit year, e.g. target_2025."),

		MISSING_VALUE("Kolom '%s' wajib diisi.", "Column '%s' must be filled in."),

		MISSING_PARENT("Unit tingkat %s perlu kolom 'parent' (unit di atasnya): hanya unit PEMDA yang boleh tanpa induk.",
				"A %s unit needs a 'parent' (the unit above it): only a PEMDA unit may have none."),

		INVALID_VALUE("'%s' bukan isian yang sah untuk kolom %s. Pilih salah satu: %s.",
				"'%s' is not a valid value for column %s. Use one of: %s."),

		INVALID_ID(
				"Id '%s' memuat karakter yang tidak diizinkan: pakai hanya huruf, angka dan . _ : - (tanpa spasi).",
				"Id '%s' holds characters that are not allowed: use only letters, digits and . _ : - (no spaces)."),

		INVALID_YEAR("'%s' di kolom %s bukan tahun: tulis tahun empat angka, misalnya 2026.",
				"'%s' in column %s is not a year: write a four-digit year, e.g. 2026."),

		INVALID_PERIOD("Periode terbalik: period_start %s lebih besar dari period_end %s.",
				"The period is reversed: period_start %s is after period_end %s."),

		DUPLICATE_ID("Id '%s' sudah dipakai di lembar %s baris %s; setiap id harus unik.",
				"Id '%s' is already used on sheet %s row %s; every id must be unique."),

		ID_KIND_CONFLICT("Id '%s' sudah ada di basis data sebagai %s, jadi tidak dapat dipakai untuk %s. Pilih id lain.",
				"Id '%s' already exists in the database as %s, so it cannot be used for %s. Choose another id."),

		UNKNOWN_REFERENCE(
				"'%s' (kolom %s) tidak ada di berkas ini maupun di basis data. Periksa ejaannya, atau tambahkan barisnya di lembar %s.",
				"'%s' (column %s) is neither in this file nor in the database. Check its spelling, or add its row to the %s sheet."),

		WRONG_KIND("'%s' di kolom %s adalah %s, padahal kolom ini harus menunjuk %s.",
				"'%s' in column %s is %s, but this column must point to %s."),

		DUPLICATE_REALISASI("Realisasi indikator '%s' tahun %s %s sudah ada di baris %s; tulis satu baris saja.",
				"The realisasi of indicator '%s' for %s %s is already on row %s; write one row only."),

		SELF_LINK("Baris ini menunjuk dirinya sendiri di kolom %s.", "This row points to itself in column %s."),

		CYCLE("Tautan ini membuat lingkaran: %s. Pohon kinerja tidak boleh berputar kembali ke dirinya sendiri.",
				"This link would make a cycle: %s. A cascade must never loop back on itself."),

		ID_TOO_LONG(
				"Id '%s' di kolom %s terlalu panjang (%s karakter): sebuah id paling banyak %s karakter. Pakai id yang lebih pendek (huruf, angka dan . _ : -).",
				"Id '%s' in column %s is too long (%s characters): an id has at most %s characters. Use a shorter id (letters, digits and . _ : -)."),

		TEXT_TOO_LONG(
				"Isi kolom %s terlalu panjang (%s karakter): paling banyak %s karakter. Persingkat teksnya; uraian panjang cukup ada di dokumen sumbernya.",
				"The text in column %s is too long (%s characters): at most %s characters are allowed. Shorten it; long explanations belong in the source document."),

		CONTROL_CHARACTER(
				"Kolom %s memuat karakter kendali (%s) yang tidak dapat ditampilkan. Hapus karakter itu (biasanya terbawa saat menyalin dari aplikasi lain), lalu coba lagi.",
				"Column %s holds a control character (%s) that cannot be shown. Remove it (it usually comes along with text copied from another program), then try again."),

		TOO_MANY_IDS("Kolom %s berisi %s id; paling banyak %s. Kurangi tautan di baris ini.",
				"Column %s holds %s ids; at most %s are allowed. Link this row to fewer nodes."),

		CONCURRENT_CHANGE(
				"Impor lain atau suntingan lewat aplikasi membuat id yang sama dengan berkas ini pada saat yang bersamaan, jadi tidak ada yang diimpor. Impor berkas ini sekali lagi.",
				"Another import or an edit created an id of this file at the same moment, so nothing was imported. Import this file again."),

		CHECKS_SKIPPED(
				"Berkas ini memuat %s kesalahan atau lebih, jadi rujukannya belum diperiksa terhadap basis data. Perbaiki kesalahan yang tercantum, lalu impor lagi.",
				"This file holds %s errors or more, so its references were not checked against the database yet. Fix the errors listed, then import it again.");

		private final String id;

		private final String en;

		Code(String id, String en) {
			this.id = id;
			this.en = en;
		}

		/** Arguments that are themselves {@link Message}s are put in each language's text in that language. */
		Message message(Object... args) {
			return new Message(String.format(this.id, in(args, true)), String.format(this.en, in(args, false)));
		}

		private static Object[] in(Object[] args, boolean indonesian) {
			return Arrays.stream(args)
				.map(arg -> arg instanceof Message m ? (indonesian ? m.id() : m.en()) : arg)
				.toArray();
		}

	}

}
