package id.pokin.suggest;

/** The same text in Bahasa Indonesia and English (the schema's {@code Text}, as the readiness check has it). */
record Text(String id, String en) {

}
