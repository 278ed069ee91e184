package id.pokin.bench;

/** What a benchmark table says of a measurement that failed: the innermost cause's message, cut, fit for a cell. */
final class FailureReason {

	private FailureReason() {
	}

	static String of(Exception ex, int max) {
		Throwable cause = ex;
		while (cause.getCause() != null) {
			cause = cause.getCause();
		}
		String reason = String.valueOf(cause.getMessage());
		return "FAILED: " + reason.substring(0, Math.min(max, reason.length())).replace('|', '/');
	}

}
