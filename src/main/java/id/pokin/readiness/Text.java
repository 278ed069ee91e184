package id.pokin.readiness;

/** The same text in Bahasa Indonesia and English. */
record Text(String id, String en) {

	String in(String language) {
		return "en".equals(language) ? this.en : this.id;
	}

}
