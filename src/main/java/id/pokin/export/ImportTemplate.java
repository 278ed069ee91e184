package id.pokin.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import id.pokin.sheet.ImportSheet;

/**
 * The blank import workbook a planner starts from: the four sheets with their header rows (target columns for
 * the given year and the four after it) and a fifth sheet, {@code petunjuk}, explaining every column in Bahasa
 * Indonesia. The importer reads only the four sheets, so the template imports as an empty file: no error, and
 * nothing changes.
 */
final class ImportTemplate {

	static final String FILE_NAME = "pokin-template.xlsx";

	static final String INSTRUCTIONS = "petunjuk";

	static final int YEARS = 5;

	/** What the petunjuk sheet says about the whole file, before the columns. */
	private static final List<String> GENERAL = List.of(
			"Isi satu baris per hal: dokumen, unit, elemen (tujuan, sasaran, kondisi) dan indikator, masing-masing "
					+ "di lembarnya. Baris judul (baris 1) jangan diubah; urutan kolom bebas.",
			"Id dipilih sendiri: huruf, angka dan . _ : - saja, unik di seluruh graf (unit, elemen dan indikator "
					+ "tidak boleh memakai id yang sama). Mengimpor ulang baris dengan id yang sama memperbarui datanya.",
			"Sel yang berisi beberapa id (parents, element, responsible) memisahkannya dengan titik koma (;).",
			"Kolom link (parents, element, responsible, parent, document, region) boleh menyebut baris berkas ini atau "
					+ "data yang sudah ada di Pokin.",
			"Nilai disimpan sebagaimana tertulis; angka di dalam baseline, target dan final_target dibaca otomatis "
					+ "(72,4 dan 72.4 sama-sama dibaca 72,4; 1.250 dibaca seribu dua ratus lima puluh).",
			"Berkas diimpor utuh atau tidak sama sekali: bila ada satu kesalahan, tidak ada yang diubah dan setiap "
					+ "kesalahan dilaporkan dengan lembar, baris dan kolomnya.",
			"Teks yang diawali =, +, - atau @ ditulis oleh ekspor dengan tanda petik (') di depannya agar Excel tidak "
					+ "menjalankannya sebagai rumus; saat impor tanda petik itu dibuang lagi.",
			"Lembar petunjuk ini diabaikan saat impor.");

	private static final String ID = "Id pilihan Anda: huruf, angka dan . _ : - saja, unik di seluruh graf "
			+ "(unit, elemen dan indikator tidak boleh memakai id yang sama).";

	private static final String DOCUMENT = "Id dokumen asal baris ini (dari lembar documents atau yang sudah ada "
			+ "di Pokin).";

	private static final String SOURCE_REF = "Letak di dalam dokumen itu, agar penilai dapat mencocokkannya, "
			+ "misalnya: Lampiran, tabel Bagian Pemerintahan, no. 2.";

	private static final String LEVELS = "PEMDA, PERANGKAT_DAERAH (juga SKPD, OPD), ASISTEN, BAGIAN (juga BIRO, "
			+ "BIDANG, SEKRETARIAT) atau SUBBAGIAN (juga SUB_BAGIAN, SEKSI, SUBKOORDINATOR)";

	private static final String RESPONSIBLE = "Id unit penanggung jawab; beberapa dipisah titik koma (;).";

	/** Every column of every sheet, explained. */
	static final Map<ImportSheet, Map<String, String>> COLUMNS = columns();

	private ImportTemplate() {
	}

	static void write(int firstYear, OutputStream out) throws IOException {
		XlsxExportWriter.write(tables(firstYear), out);
	}

	/** The empty sheets (the four and realisasi) and the instructions. */
	static List<ExportTable> tables(int firstYear) {
		List<Integer> years = IntStream.range(firstYear, firstYear + YEARS).boxed().toList();
		List<ExportTable> tables = new ArrayList<>();
		for (ImportSheet sheet : ImportSheet.values()) {
			tables.add(ExportTable.of(sheet, years, List.of()));
		}
		List<List<Object>> rows = new ArrayList<>();
		GENERAL.forEach(text -> rows.add(row("(umum)", null, null, text)));
		COLUMNS.forEach((sheet, columns) -> columns.forEach((column, text) -> rows.add(row(sheet.sheetName(),
				column, sheet.isRequired(column) ? "ya" : null, text))));
		tables.add(new ExportTable(INSTRUCTIONS, List.of("lembar", "kolom", "wajib", "penjelasan"), rows));
		return tables;
	}

	private static List<Object> row(Object... cells) {
		return new ArrayList<>(Arrays.asList(cells));
	}

	private static Map<ImportSheet, Map<String, String>> columns() {
		Map<ImportSheet, Map<String, String>> sheets = new EnumMap<>(ImportSheet.class);
		sheets.put(ImportSheet.DOCUMENTS, ordered(ImportSheet.DOCUMENTS, Map.of(
				"id", "Id dokumen pilihan Anda, unik di antara dokumen, misalnya blg-setda-iku-2023.",
				"title", "Judul dokumen (keputusan, peraturan) sebagaimana tertulis.",
				"number", "Nomor dokumen sebagaimana tertulis, misalnya 188.45/ 45 /Kum TAHUN 2023.",
				"issuer", "Pejabat yang menandatangani, misalnya Sekretaris Daerah Kabupaten Balangan.",
				"region", "Id unit Pemda (tingkat PEMDA) pemilik dokumen.",
				"period_start", "Tahun awal periode rencana (empat angka), misalnya 2021.",
				"period_end", "Tahun akhir periode rencana, tidak sebelum period_start, misalnya 2026.",
				"source_file", "Nama berkas sumber yang ditranskripsikan.")));
		sheets.put(ImportSheet.UNITS, ordered(ImportSheet.UNITS, Map.of(
				"id", ID,
				"name", "Nama unit sebagaimana tertulis, misalnya Sub Bagian Penataan Administrasi Pemerintahan.",
				"code", "Nomor unit sebagaimana tertulis, bila dokumen mencantumkannya.",
				"level", "Tingkat unit: " + LEVELS + ".",
				"parent", "Id unit di atasnya; kosong hanya untuk Pemda.",
				"document", DOCUMENT,
				"source_ref", SOURCE_REF)));
		Map<String, String> elements = new LinkedHashMap<>();
		elements.put("id", ID);
		elements.put("kind", "Jenis: TUJUAN, SASARAN atau KONDISI (kondisi CSF: outcome, CSF, kondisi antara, "
				+ "kondisi operasional).");
		elements.put("code", "Nomor sebagaimana tertulis di dokumen, misalnya 1, CSF 1.1 atau 1.1.1.");
		elements.put("name", "Rumusan tujuan, sasaran atau kondisi sebagaimana tertulis.");
		elements.put("level", "Tingkat cascade tempat elemen berada: " + LEVELS + ".");
		elements.put("parents", "Id elemen yang didukungnya (di atasnya); beberapa dipisah titik koma (;). "
				+ "Kosong bila dokumen tidak menyebutkannya.");
		elements.put("responsible", RESPONSIBLE);
		elements.put("description", "Penjelasan (uraian) elemen sebagaimana tertulis.");
		elements.put("problems", "Masalah / faktor penyebab sebagaimana tertulis.");
		elements.put("document", DOCUMENT);
		elements.put("source_ref", SOURCE_REF);
		sheets.put(ImportSheet.ELEMENTS, ordered(ImportSheet.ELEMENTS, elements));
		Map<String, String> indicators = new LinkedHashMap<>();
		indicators.put("id", ID);
		indicators.put("element", "Id sasaran atau kondisi yang diukur dan didukung indikator ini; beberapa dipisah "
				+ "titik koma (;). Kosong: indikator tanpa sasaran (tetap disimpan).");
		indicators.put("code", "Nomor indikator sebagaimana tertulis.");
		indicators.put("name", "Nama indikator sebagaimana tertulis.");
		indicators.put("satuan", "Satuan ukuran sebagaimana tertulis: Persen, Nilai, Dokumen, ...");
		indicators.put("baseline", "Kondisi awal sebagaimana tertulis, misalnya B = 66.04.");
		indicators.put(ImportSheet.TARGETS, "Satu kolom per tahun (target_ diikuti tahun, misalnya target_2026): "
				+ "target tahun itu sebagaimana tertulis. Tambah atau hapus kolom tahun sesuai dokumen.");
		indicators.put("final_target", "Kondisi akhir sebagaimana tertulis.");
		indicators.put("formula", "Cara hitung / formulasi sebagaimana tertulis.");
		indicators.put("data_source", "Sumber data sebagaimana tertulis.");
		indicators.put("definition", "Makna / definisi operasional indikator.");
		indicators.put("rationale", "Alasan pemilihan indikator / relevansinya.");
		indicators.put("responsible", RESPONSIBLE);
		indicators.put("kind", "IMPACT, OUTCOME atau OUTPUT, bila dokumen menyebutkannya atau jelas dari "
				+ "indikatornya.");
		indicators.put("polarity", "HIGHER_IS_BETTER (makin tinggi makin baik), LOWER_IS_BETTER (makin rendah "
				+ "makin baik) atau RANGE; kosong bila tidak disebutkan.");
		indicators.put("iku", "TRUE (atau YA) bila dokumen mencantumkannya sebagai Indikator Kinerja Utama "
				+ "unitnya; kosong, FALSE atau TIDAK bila bukan.");
		indicators.put("document", DOCUMENT);
		indicators.put("source_ref", SOURCE_REF);
		sheets.put(ImportSheet.INDICATORS, ordered(ImportSheet.INDICATORS, indicators));
		Map<String, String> realisasi = new LinkedHashMap<>();
		realisasi.put("indicator", "Lembar pilihan (boleh tidak ada): realisasi capaian kinerja. Id indikator "
				+ "(dari lembar indicators atau yang sudah ada di basis data).");
		realisasi.put("year", "Tahun realisasi (empat angka), misalnya 2025.");
		realisasi.put("period", "TW1, TW2, TW3 atau TW4 (nilai yang dicapai sampai akhir triwulan itu), atau YEAR "
				+ "(realisasi tahunan).");
		realisasi.put("value", "Realisasi sebagaimana tertulis, misalnya 78,5% atau BB. Kosong: hapus realisasi "
				+ "tahun dan periode itu. Realisasi yang tidak disebut di berkas tetap tersimpan.");
		realisasi.put("evidence", "Bukti dukung: nama dokumen atau tautan.");
		realisasi.put("document", "Id dokumen sumber realisasi (misalnya laporan kinerja), bila ada.");
		realisasi.put("source_ref", "Tempat di dokumen itu, misalnya Lampiran II hlm. 4.");
		sheets.put(ImportSheet.REALISASI, ordered(ImportSheet.REALISASI, realisasi));
		return sheets;
	}

	/** The explanations in the sheet's column order; a column without one (or one too many) is a mistake here. */
	private static Map<String, String> ordered(ImportSheet sheet, Map<String, String> texts) {
		if (!texts.keySet().equals(new HashSet<>(sheet.columns()))) {
			throw new IllegalStateException("The template explains " + texts.keySet() + " but sheet "
					+ sheet.sheetName() + " has " + sheet.columns());
		}
		Map<String, String> ordered = new LinkedHashMap<>();
		sheet.columns().forEach(column -> ordered.put(column, texts.get(column)));
		return ordered;
	}

}
