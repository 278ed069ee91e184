package id.pokin.pohonkinerja;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import id.pokin.node.Level;
import id.pokin.node.NodeKind;

/** The chart's words in Bahasa Indonesia (the default) or English, as the web UI names the same things. */
enum Labels {

	ID(Locale.forLanguageTag("id")), EN(Locale.ENGLISH);

	private final Locale locale;

	Labels(Locale locale) {
		this.locale = locale;
	}

	static Labels of(String lang) {
		return lang != null && lang.toLowerCase(Locale.ROOT).startsWith("en") ? EN : ID;
	}

	private String pick(String id, String en) {
		return this == ID ? id : en;
	}

	String title() {
		return pick("Pohon Kinerja", "Performance Tree");
	}

	String kind(NodeKind kind) {
		return switch (kind) {
			case TUJUAN -> pick("Tujuan", "Goal");
			case SASARAN -> pick("Sasaran", "Objective");
			case KONDISI -> pick("Kondisi", "Condition");
			case INDIKATOR -> pick("Indikator", "Indicator");
			case UNIT -> pick("Unit", "Unit");
		};
	}

	String level(Level level) {
		if (level == null) {
			return "";
		}
		return switch (level) {
			case PEMDA -> pick("Pemda", "Region");
			case PERANGKAT_DAERAH -> pick("Perangkat Daerah", "Regional agency");
			case ASISTEN -> pick("Asisten", "Assistant");
			case BAGIAN -> pick("Bagian", "Division");
			case SUBBAGIAN -> pick("Subbagian", "Subdivision");
		};
	}

	String page(int page, int pages) {
		return pick("Halaman " + page + " dari " + pages, "Page " + page + " of " + pages);
	}

	String continuedOn(int page) {
		return pick("lanjut di halaman " + page, "continued on page " + page);
	}

	String from(int page) {
		return pick("dari halaman " + page, "from page " + page);
	}

	String overview() {
		return pick("Ikhtisar seluruh pohon (rincian dan indikator di halaman berikutnya)",
				"Overview of the whole tree (details and indicators on the following pages)");
	}

	String upperLevels() {
		return pick("Tingkat atas", "Upper levels");
	}

	String part() {
		return pick("Bagian pohon di bawah", "Part of the tree under");
	}

	String printed(LocalDate date) {
		return pick("Dicetak ", "Printed ") + date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", this.locale));
	}

	String targetYear(int year) {
		return pick("Target tahun " + year, "Targets of " + year);
	}

	String target(int year) {
		return "Target " + year;
	}

	String responsible() {
		return pick("PJ", "Resp.");
	}

	String alsoSupports() {
		return pick("Juga mendukung", "Also supports");
	}

	String legend() {
		return pick("Keterangan", "Legend");
	}

	String indicatorCount(int n) {
		return pick(n + " indikator", n + (n == 1 ? " indicator" : " indicators"));
	}

	String empty() {
		return pick("Unit ini belum menanggungjawabi elemen kinerja apa pun.",
				"This unit does not answer for any performance element yet.");
	}

}
