package id.pokin.capaian;

/** The same text in Bahasa Indonesia and English (the schema's {@code Text}, as the readiness check has it). */
record Text(String id, String en) {

	Text then(Text more) {
		return new Text(this.id + " " + more.id, this.en + " " + more.en);
	}

}
