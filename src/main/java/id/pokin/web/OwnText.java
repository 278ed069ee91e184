package id.pokin.web;

/**
 * Whether an exception's message is ours to show. Our code throws {@link IllegalArgumentException}s whose messages
 * say what to change; the JDK and libraries throw them too ({@code For input string: "abc"}, {@code Illegal base64
 * character 2d}), in words that are not ours and may quote internals. Told apart by where the exception was thrown.
 */
final class OwnText {

	private OwnText() {
	}

	static boolean isOurs(Throwable ex) {
		StackTraceElement[] trace = ex.getStackTrace();
		return ex.getMessage() != null && trace.length > 0 && trace[0].getClassName().startsWith("id.pokin.");
	}

}
