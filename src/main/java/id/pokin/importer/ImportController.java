package id.pokin.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Principal;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Upload of an import file: an .xlsx workbook or a .zip of the CSV files. Answers 200 with the
 * {@link ImportSummary}, or 422 with the first errors of a file that changed nothing and how many more it has.
 */
@RestController
class ImportController {

	private final ImportService service;

	ImportController(ImportService service) {
		this.service = service;
	}

	@PostMapping(path = "/api/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<?> upload(@RequestParam("file") MultipartFile file, Principal user) throws IOException {
		String name = StringUtils.getFilename(file.getOriginalFilename());
		// on disk, so that the workbook is read by streaming and never held whole in memory
		Path upload = Files.createTempFile("pokin-import-", ".upload");
		ImportPhases.begin();
		try {
			file.transferTo(upload);
			ImportPhases.mark("upload");
			ImportFile read = ImportFile.read(upload, name == null ? "upload" : name);
			ImportPhases.mark("read");
			ImportResult result = this.service.importFile(read, user.getName());
			return result.isImported() ? ResponseEntity.ok(result.summary())
					: ResponseEntity.unprocessableEntity().body(new Rejected(result.errors(), result.moreErrors()));
		}
		finally {
			Files.deleteIfExists(upload);
			ImportPhases.end(name);
		}
	}

	/**
	 * @param errors the first errors in file order ({@link id.pokin.web.InputLimits#IMPORT_ERRORS_REPORTED} at most)
	 * @param moreErrors how many more the file has
	 */
	record Rejected(List<ImportError> errors, int moreErrors) {
	}

}
