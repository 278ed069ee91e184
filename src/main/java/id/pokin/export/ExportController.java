package id.pokin.export;

import java.io.IOException;
import java.time.LocalDate;
import java.time.Year;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Downloads in the import format: {@code GET /api/export?scope=ID&format=xlsx|csv&lang=id|en&sep=comma|semicolon}
 * (no scope: everything; headers in Bahasa Indonesia unless {@code lang=en}; {@code sep=semicolon} for CSV that
 * Excel in an Indonesian locale splits into columns; every form imports again) and
 * the blank workbook {@code GET /api/import/template.xlsx}. Both are reads: open to anyone while
 * {@code pokin.security.anonymous-read} is on. The export is read whole before the first byte is sent, so an
 * unknown scope answers 404; a scope that is not a unit, an unknown format, or text too long for a workbook
 * cell 400 ({@link id.pokin.web.RestErrors}).
 */
@RestController
class ExportController {

	private final ExportService service;

	ExportController(ExportService service) {
		this.service = service;
	}

	@GetMapping("/api/export")
	void export(@RequestParam(name = "scope", required = false) String scope,
			@RequestParam(name = "format", defaultValue = "xlsx") String format,
			@RequestParam(name = "lang", required = false) String lang,
			@RequestParam(name = "sep", required = false) String sep, HttpServletResponse response)
			throws IOException {
		ExportFormat exportFormat = ExportFormat.named(format);
		ExportOptions options = ExportOptions.of(lang, sep);
		ExportService.Export export = this.service.read(scope);
		export.check(exportFormat);
		download(response, exportFormat.contentType(), export.fileName(exportFormat, LocalDate.now()));
		export.write(exportFormat, options, response.getOutputStream());
	}

	@GetMapping("/api/import/template.xlsx")
	void template(HttpServletResponse response) throws IOException {
		download(response, XlsxExportWriter.CONTENT_TYPE, ImportTemplate.FILE_NAME);
		ImportTemplate.write(Year.now().getValue(), response.getOutputStream());
	}

	private static void download(HttpServletResponse response, String contentType, String fileName) {
		response.setContentType(contentType);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(fileName).build().toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
	}

}
