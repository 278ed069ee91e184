package id.pokin.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A file made whole in memory, sent as a download: named, never cached (it is made from the graph as it is now). */
public final class Downloads {

	private Downloads() {
	}

	public static ResponseEntity<byte[]> attachment(byte[] body, String contentType, String fileName) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(contentType))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(body);
	}

	/** An id as part of a file name: anything but letters, digits, {@code .}, {@code _} and {@code -} becomes {@code -}. */
	public static String fileNamePart(String id) {
		return id.replaceAll("[^A-Za-z0-9._-]", "-");
	}

}
