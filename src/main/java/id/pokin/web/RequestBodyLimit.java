package id.pokin.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.BufferedReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a {@code /graphql} request body over {@code pokin.graphql.max-body-size} before anything parses it: 413 with
 * a problem-detail body like the REST endpoints' ({@code code: BODY_TOO_LARGE}, the limit, the message in Bahasa and
 * English). GraphQL reads the whole body into memory, and a query and its variables never need much: the UI's
 * largest is a few KB, a mutation with every text field at its limit under 200 KB. A body that states its length
 * is refused at once; one sent in chunks is read up to the limit and refused on the byte after it.
 */
class RequestBodyLimit extends OncePerRequestFilter {

	private final DataSize limit;

	private final JsonMapper json;

	RequestBodyLimit(DataSize limit, JsonMapper json) {
		this.limit = limit;
		this.json = json;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long max = this.limit.toBytes();
		long length = request.getContentLengthLong();
		if (length > max) {
			refuse(request, response);
			return;
		}
		if (length < 0 && hasBody(request)) {
			byte[] body = readAtMost(request.getInputStream(), max + 1);
			if (body.length > max) {
				refuse(request, response);
				return;
			}
			chain.doFilter(new ReadBody(request, body), response);
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean hasBody(HttpServletRequest request) {
		return "POST".equals(request.getMethod()) || request.getHeader("Transfer-Encoding") != null;
	}

	private static byte[] readAtMost(InputStream in, long count) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		long left = count;
		int read;
		while (left > 0 && (read = in.read(buffer, 0, (int) Math.min(buffer.length, left))) != -1) {
			out.write(buffer, 0, read);
			left -= read;
		}
		return out.toByteArray();
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
		String size = this.limit.toBytes() % 1024 == 0 ? this.limit.toKilobytes() + " KB" : this.limit.toBytes() + " bytes";
		String en = "The request body is larger than the limit of %s (pokin.graphql.max-body-size); send a shorter query or fewer variables"
			.formatted(size);
		String id = "Isi permintaan melebihi batas %s (pokin.graphql.max-body-size); kirim kueri yang lebih pendek atau variabel yang lebih sedikit"
			.formatted(size);
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", HttpStatus.PAYLOAD_TOO_LARGE.getReasonPhrase());
		problem.put("status", HttpStatus.PAYLOAD_TOO_LARGE.value());
		problem.put("detail", en);
		problem.put("instance", request.getRequestURI());
		problem.put("code", "BODY_TOO_LARGE");
		problem.put("limit", this.limit.toBytes());
		problem.put("localized", Map.of("id", id, "en", en));
		response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		// the client may still be sending: the connection is closed rather than the rest read
		response.setHeader("Connection", "close");
		response.getOutputStream().write(this.json.writeValueAsBytes(problem));
	}

	/** The request with its body already read. */
	private static final class ReadBody extends HttpServletRequestWrapper {

		private final byte[] body;

		ReadBody(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public int getContentLength() {
			return this.body.length;
		}

		@Override
		public long getContentLengthLong() {
			return this.body.length;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(this.body);
			return new ServletInputStream() {

				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] b, int off, int len) {
					return in.read(b, off, len);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException();
				}

			};
		}

		@Override
		public BufferedReader getReader() {
			String encoding = getCharacterEncoding();
			Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
			return new BufferedReader(new InputStreamReader(getInputStream(), charset));
		}

	}

}
