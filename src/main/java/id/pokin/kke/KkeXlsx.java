package id.pokin.kke;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import id.pokin.readiness.LkeFindings;
import id.pokin.xlsx.SheetSetup;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import static id.pokin.xlsx.SheetSetup.text;

/**
 * The KKE (kertas kerja evaluasi) working paper of a scope: a summary sheet ({@code Ringkasan}) with one line per
 * LKE AKIP criterion the readiness rules support, and one sheet per LKE component (Perencanaan Kinerja first, in the
 * LKE's order), each with its criteria and, below them, every finding behind them: what is wrong, the evidence,
 * and where to fix it (the node's id and name and the UI's link path {@code #/node/<id>}).
 * <p>
 * The suggested answer is {@code Y} when none of a criterion's rules found an ERROR or WARNING in the scope, {@code
 * T} otherwise; beside it the share of the nodes the criterion is about that have no such finding (for criteria an
 * evaluator grades A-E rather than Y/T). INFO findings are listed but do not change the answer.
 */
final class KkeXlsx {

	static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	static final String SUMMARY = "Ringkasan";

	static final List<String> SUMMARY_HEADER = List.of("No", "Komponen", "Sub-komponen", "Kriteria", "Kode",
			"Jawaban saran (Y/T)", "Porsi memenuhi", "Simpul dinilai", "Simpul bermasalah", "Temuan (error/peringatan)",
			"Aturan pemeriksaan", "Lembar");

	static final List<String> CRITERIA_HEADER = List.of("Kode", "Kriteria", "Jawaban saran (Y/T)", "Porsi memenuhi",
			"Simpul dinilai", "Simpul bermasalah", "Aturan pemeriksaan (temuan)");

	static final List<String> FINDINGS_HEADER = List.of("No", "Kode kriteria", "Aturan", "Tingkat", "Temuan", "Bukti",
			"Id simpul", "Nama simpul", "Jenis", "Level", "Perbaiki di", "Cara memperbaiki");

	private KkeXlsx() {
	}

	static void write(LkeFindings.Report report, LocalDate day, OutputStream out) throws IOException {
		Map<String, String> componentOf = new LinkedHashMap<>();
		Map<String, List<LkeFindings.Criterion>> components = new LinkedHashMap<>();
		for (LkeFindings.Criterion criterion : report.criteria()) {
			componentOf.put(criterion.code(), criterion.component());
			components.computeIfAbsent(criterion.component(), c -> new ArrayList<>()).add(criterion);
		}
		Map<String, List<LkeFindings.FindingRow>> findings = new LinkedHashMap<>();
		components.keySet().forEach(component -> findings.put(component, new ArrayList<>()));
		report.forEachFinding(finding -> {
			String component = componentOf.get(finding.criterion());
			if (component != null) {
				findings.get(component).add(finding);
			}
		});
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Styles styles = new Styles(workbook);
			Map<String, String> sheetNames = new LinkedHashMap<>();
			components.keySet().forEach(component -> sheetNames.put(component, WorkbookUtil.createSafeSheetName(component)));
			summary(workbook.createSheet(SUMMARY), report, day, components, sheetNames, styles);
			components.forEach((component, criteria) -> component(workbook.createSheet(sheetNames.get(component)),
					report, day, component, criteria, findings.get(component), styles));
			workbook.write(out);
		}
	}

	/** {@code Y} or {@code T}. */
	static String answer(LkeFindings.Criterion criterion) {
		return criterion.serious() == 0 ? "Y" : "T";
	}

	/** {@code 87,5%}, as Indonesian Excel shows a share. */
	static String share(LkeFindings.Criterion criterion) {
		return String.format(Locale.forLanguageTag("id-ID"), "%.1f%%", criterion.share() * 100);
	}

	private static int title(Sheet sheet, LkeFindings.Report report, LocalDate day, String heading, Styles styles) {
		int r = 0;
		text(sheet.createRow(r++), 0, heading, styles.title);
		text(sheet.createRow(r++), 0, "Lingkup: " + (report.scopeName() == null ? "(semua)" : report.scopeName() + " ("
				+ report.scopeId() + ")"), styles.plain);
		text(sheet.createRow(r++), 0, "Tahun yang dievaluasi: " + report.year() + "; dibuat " + day
				+ "; simpul diperiksa: " + report.checkedNodes() + "; skor kesiapan: "
				+ String.format(Locale.forLanguageTag("id-ID"), "%.1f", report.score()), styles.plain);
		text(sheet.createRow(r++), 0, "Jawaban adalah saran dari pemeriksaan kesiapan otomatis (Pokin); penilai tetap"
				+ " memutuskan. Y: tidak ada temuan error atau peringatan untuk kriteria ini; T: ada. Porsi memenuhi:"
				+ " bagian simpul yang dinilai kriteria ini tanpa temuan tersebut.", styles.plain);
		return r + 1;
	}

	private static void summary(Sheet sheet, LkeFindings.Report report, LocalDate day,
			Map<String, List<LkeFindings.Criterion>> components, Map<String, String> sheetNames, Styles styles) {
		int r = title(sheet, report, day, "KERTAS KERJA EVALUASI (KKE) AKIP - RINGKASAN", styles);
		int header = r;
		header(sheet.createRow(r++), SUMMARY_HEADER, styles);
		int number = 0;
		for (Map.Entry<String, List<LkeFindings.Criterion>> component : components.entrySet()) {
			for (LkeFindings.Criterion criterion : component.getValue()) {
				Row row = sheet.createRow(r++);
				number(row, 0, ++number, styles.cell);
				text(row, 1, criterion.component(), styles.cell);
				text(row, 2, criterion.subComponent(), styles.cell);
				text(row, 3, criterion.criterion(), styles.cell);
				text(row, 4, criterion.code(), styles.cell);
				text(row, 5, answer(criterion), "Y".equals(answer(criterion)) ? styles.yes : styles.no);
				text(row, 6, share(criterion), styles.cell);
				number(row, 7, criterion.subjects(), styles.cell);
				number(row, 8, criterion.faulty(), styles.cell);
				number(row, 9, criterion.serious(), styles.cell);
				text(row, 10, rules(criterion), styles.cell);
				text(row, 11, sheetNames.get(component.getKey()), styles.cell);
			}
		}
		sheet.setAutoFilter(new CellRangeAddress(header, Math.max(header, r - 1), 0, SUMMARY_HEADER.size() - 1));
		widths(sheet, 5, 20, 12, 60, 22, 12, 12, 10, 10, 12, 50, 22);
		print(sheet, header);
	}

	private static void component(Sheet sheet, LkeFindings.Report report, LocalDate day, String component,
			List<LkeFindings.Criterion> criteria, List<LkeFindings.FindingRow> findings, Styles styles) {
		int r = title(sheet, report, day, "KKE AKIP - " + component.toUpperCase(Locale.ROOT), styles);
		header(sheet.createRow(r++), CRITERIA_HEADER, styles);
		for (LkeFindings.Criterion criterion : criteria) {
			Row row = sheet.createRow(r++);
			text(row, 0, criterion.code(), styles.cell);
			text(row, 1, criterion.subComponent() + ": " + criterion.criterion(), styles.cell);
			text(row, 2, answer(criterion), "Y".equals(answer(criterion)) ? styles.yes : styles.no);
			text(row, 3, share(criterion), styles.cell);
			number(row, 4, criterion.subjects(), styles.cell);
			number(row, 5, criterion.faulty(), styles.cell);
			text(row, 6, rules(criterion), styles.cell);
		}
		r++;
		text(sheet.createRow(r++), 0, "Temuan dan tempat memperbaikinya (" + findings.size() + ")", styles.bold);
		int header = r;
		header(sheet.createRow(r++), FINDINGS_HEADER, styles);
		int number = 0;
		for (LkeFindings.FindingRow finding : findings) {
			Row row = sheet.createRow(r++);
			number(row, 0, ++number, styles.cell);
			text(row, 1, finding.criterion(), styles.cell);
			text(row, 2, finding.ruleTitleId() + " (" + finding.rule() + ")", styles.cell);
			text(row, 3, finding.severity(), styles.cell);
			text(row, 4, finding.messageId(), styles.cell);
			text(row, 5, finding.evidence(), styles.cell);
			text(row, 6, finding.nodeId(), styles.cell);
			text(row, 7, finding.nodeName(), styles.cell);
			text(row, 8, finding.nodeKind(), styles.cell);
			text(row, 9, finding.nodeLevel(), styles.cell);
			text(row, 10, "#/node/" + finding.nodeId(), styles.cell);
			text(row, 11, finding.howToFixId(), styles.cell);
		}
		sheet.setAutoFilter(new CellRangeAddress(header, Math.max(header, r - 1), 0, FINDINGS_HEADER.size() - 1));
		widths(sheet, 14, 60, 28, 10, 60, 40, 26, 40, 12, 18, 30, 60);
		print(sheet, header);
	}

	/** {@code Indikator tidak terhubung: 3}, one rule a line. */
	private static String rules(LkeFindings.Criterion criterion) {
		return String.join("\n", criterion.rules().stream()
			.map(rule -> rule.titleId() + " (" + rule.severity() + "): " + rule.findings())
			.toList());
	}

	private static void header(Row row, List<String> headers, Styles styles) {
		for (int c = 0; c < headers.size(); c++) {
			text(row, c, headers.get(c), styles.header);
		}
	}

	private static void number(Row row, int column, long value, CellStyle style) {
		Cell cell = row.createCell(column);
		cell.setCellStyle(style);
		cell.setCellValue(value);
	}

	private static void widths(Sheet sheet, int... characters) {
		for (int c = 0; c < characters.length; c++) {
			sheet.setColumnWidth(c, characters[c] * 256);
		}
	}

	private static void print(Sheet sheet, int headerRow) {
		SheetSetup.printLandscape(sheet, headerRow, PrintSetup.A4_PAPERSIZE);
	}

	private static final class Styles {

		final CellStyle title;

		final CellStyle plain;

		final CellStyle bold;

		final CellStyle header;

		final CellStyle cell;

		final CellStyle yes;

		final CellStyle no;

		Styles(XSSFWorkbook workbook) {
			this.title = SheetSetup.styleWith(workbook, SheetSetup.boldFont(workbook, 14));
			this.plain = workbook.createCellStyle();
			Font boldFont = SheetSetup.boldFont(workbook, 0);
			this.bold = SheetSetup.styleWith(workbook, boldFont);
			this.header = SheetSetup.header(workbook, boldFont);
			this.cell = SheetSetup.bordered(workbook);
			this.yes = SheetSetup.shaded(workbook, IndexedColors.LIGHT_GREEN);
			this.yes.setFont(boldFont);
			this.no = SheetSetup.shaded(workbook, IndexedColors.ROSE);
			this.no.setFont(boldFont);
		}

	}

}
