package id.pokin.readiness;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import id.pokin.web.RejectedInput;
import id.pokin.web.Shown;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The report as a file a planner can open, filter and pass on: {@code report.csv} (UTF-8 with a byte order
 * mark, so Excel reads it as UTF-8) and {@code report.xlsx} (findings and a summary sheet). The scope is resolved
 * and every rule counted before the response starts, so an unknown scope is still a 404; the findings are then
 * built and written a chunk at a time ({@link ReadinessRun#CHUNK} nodes), so memory does not grow with the report.
 */
@RestController
@RequestMapping("/api/readiness")
class ReadinessReportDownload {

	static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	/** Excel's limit on the text of one cell. */
	static final int MAX_CELL_TEXT = 32_767;

	private final ReadinessService service;

	ReadinessReportDownload(ReadinessService service) {
		this.service = service;
	}

	/** @param sep {@code comma} (the default) or {@code semicolon}, which Excel in an Indonesian locale splits on */
	@GetMapping("/report.csv")
	ResponseEntity<StreamingResponseBody> csv(@RequestParam(required = false) String scope,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) String sep) {
		char separator = separator(sep);
		ReadinessReport report = this.service.check(scope, year);
		report.score();
		return download(report, "csv", CSV, out -> writeCsv(report, separator, out));
	}

	static char separator(String sep) {
		if (sep == null || sep.isBlank() || sep.strip().equalsIgnoreCase("comma") || sep.strip().equals(",")) {
			return ',';
		}
		if (sep.strip().equalsIgnoreCase("semicolon") || sep.strip().equals(";")) {
			return ';';
		}
		throw new RejectedInput("BAD_PARAMETER", "Unknown separator '%s' (parameter sep): use comma or semicolon"
			.formatted(Shown.value(sep)), "Pemisah '%s' tidak dikenal (parameter sep): pakai comma atau semicolon"
			.formatted(Shown.value(sep))).with("parameter", "sep");
	}

	@GetMapping("/report.xlsx")
	ResponseEntity<StreamingResponseBody> xlsx(@RequestParam(required = false) String scope,
			@RequestParam(required = false) Integer year) {
		ReadinessReport report = this.service.check(scope, year);
		report.score();
		return download(report, "xlsx", XLSX, out -> writeXlsx(report, out));
	}

	private static ResponseEntity<StreamingResponseBody> download(ReadinessReport report, String extension,
			MediaType type, StreamingResponseBody body) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(ReportTable.fileName(report, extension)).build().toString())
			.body(body);
	}

	static void writeCsv(ReadinessReport report, OutputStream out) throws IOException {
		writeCsv(report, ',', out);
	}

	static void writeCsv(ReadinessReport report, char separator, OutputStream out) throws IOException {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		writer.write('\uFEFF');
		CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder()
			.setDelimiter(separator)
			.setHeader(ReportTable.HEADER.toArray(String[]::new))
			.get());
		try {
			report.forEachFinding(finding -> {
				try {
					csv.printRecord(ReportTable.row(finding).stream().map(ReportTable::safe).toList());
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
		csv.flush();
	}

	/**
	 * Cells are always written as text, never as formulas; text that looks like a formula gets the apostrophe the
	 * exports put before it ({@link ReportTable#safe(String)}), so it stays text when someone edits the cell.
	 */
	static void writeXlsx(ReadinessReport report, OutputStream out) throws IOException {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);

			Sheet findings = workbook.createSheet("Temuan");
			write(findings.createRow(0), ReportTable.HEADER, bold);
			int[] index = { 1 };
			report.forEachFinding(finding -> write(findings.createRow(index[0]++), ReportTable.row(finding), null));

			Sheet summary = workbook.createSheet("Ringkasan");
			int line = 0;
			write(summary.createRow(line++), List.of("scope", report.scope() == null ? "(semua)" : report.scope().id()), null);
			write(summary.createRow(line++), List.of("scope_name", report.scope() == null ? "" : report.scope().name()), null);
			write(summary.createRow(line++), List.of("year", report.year() == null ? "" : report.year().toString()), null);
			Row checked = summary.createRow(line++);
			checked.createCell(0).setCellValue("checked_nodes");
			checked.createCell(1).setCellValue(report.checkedNodes());
			Row score = summary.createRow(line++);
			score.createCell(0).setCellValue("score");
			score.createCell(1).setCellValue(report.score());
			line++;
			write(summary.createRow(line++), List.of("severity", "findings"), bold);
			for (ReadinessReport.SeverityCount count : report.bySeverity()) {
				Row row = summary.createRow(line++);
				row.createCell(0).setCellValue(count.severity().name());
				row.createCell(1).setCellValue(count.count());
			}
			line++;
			write(summary.createRow(line++), List.of("rule", "severity", "title", "findings"), bold);
			for (ReadinessReport.RuleCount count : report.byRule()) {
				Row row = summary.createRow(line++);
				write(row, List.of(count.rule(), count.severity().name(), count.title().id()), null);
				row.createCell(3).setCellValue(count.count());
			}
			workbook.write(out);
			// close() leaves the streamed rows' temporary files behind
			workbook.dispose();
		}
	}

	/**
	 * A report is read, never imported back: a text longer than a workbook cell holds (stored before the bounds of
	 * {@link id.pokin.web.InputLimits}) is cut, with "…", rather than failing the download half-way.
	 */
	private static void write(Row row, List<String> cells, CellStyle style) {
		for (int i = 0; i < cells.size(); i++) {
			Cell cell = row.createCell(i);
			String value = ReportTable.safe(cells.get(i));
			cell.setCellValue(value.length() > MAX_CELL_TEXT ? value.substring(0, MAX_CELL_TEXT - 1) + "\u2026" : value);
			if (style != null) {
				cell.setCellStyle(style);
			}
		}
	}

}
