package id.pokin.pohonkinerja;

import org.springframework.http.HttpStatus;

/** A request for a chart that cannot be answered, with its status, a code and the reason in both languages. */
final class ChartRequestException extends RuntimeException {

	private final HttpStatus status;

	private final String code;

	private final String messageInBahasa;

	private ChartRequestException(HttpStatus status, String code, String message, String messageInBahasa) {
		super(message);
		this.status = status;
		this.code = code;
		this.messageInBahasa = messageInBahasa;
	}

	static ChartRequestException noScope() {
		return new ChartRequestException(HttpStatus.BAD_REQUEST, "SCOPE_REQUIRED",
				"Say which unit to draw: scope=<unit id>", "Sebutkan unit yang digambar: scope=<id unit>");
	}

	static ChartRequestException notFound(String id) {
		return new ChartRequestException(HttpStatus.NOT_FOUND, "NOT_FOUND", "No node with id '" + id + "'",
				"Tidak ada node dengan id '" + id + "'");
	}

	static ChartRequestException notAUnit(String id, String kind) {
		return new ChartRequestException(HttpStatus.BAD_REQUEST, "NOT_A_UNIT",
				"'" + id + "' is not a unit (it is " + kind + "): a pohon kinerja is drawn for a unit",
				"'" + id + "' bukan unit (melainkan " + kind + "): pohon kinerja digambar untuk sebuah unit");
	}

	static ChartRequestException tooLarge(String id, int max) {
		return new ChartRequestException(HttpStatus.BAD_REQUEST, "SCOPE_TOO_LARGE",
				"The cascade of '" + id + "' has more than " + max
						+ " elements and indicators: draw one of its perangkat daerah or bagian instead",
				"Kaskade '" + id + "' berisi lebih dari " + max
						+ " elemen dan indikator: gambarlah salah satu perangkat daerah atau bagiannya");
	}

	static ChartRequestException badYear(int year) {
		return new ChartRequestException(HttpStatus.BAD_REQUEST, "BAD_YEAR",
				"year must be between 1900 and 2200, was " + year,
				"year harus antara 1900 dan 2200, bukan " + year);
	}

	HttpStatus status() {
		return this.status;
	}

	String code() {
		return this.code;
	}

	String messageInBahasa() {
		return this.messageInBahasa;
	}

}
