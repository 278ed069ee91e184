package id.pokin.readiness;

/**
 * The criteria of the LKE AKIP (Lembar Kriteria Evaluasi, PermenPAN-RB 88/2021) a rule helps a region meet:
 * the component, its sub-component and the criterion, paraphrased (not quoted) from the LKE.
 */
enum LkeCriterion {

	CASCADING("Perencanaan Kinerja", "Kualitas",
			"Kinerja setiap level selaras dan berjenjang (cascading) hingga tujuan/sasaran di atasnya"),

	INDIKATOR("Perencanaan Kinerja", "Kualitas",
			"Setiap sasaran diukur dengan indikator kinerja yang tepat dan terukur (SMART)"),

	IKU("Perencanaan Kinerja", "Kualitas",
			"IKU Pemda dan Perangkat Daerah menggambarkan hasil (outcome/impact), bukan keluaran"),

	TARGET("Perencanaan Kinerja", "Kualitas",
			"Target kinerja ditetapkan untuk setiap tahun dari kondisi awal yang jelas, menantang dan realistis"),

	PENANGGUNG_JAWAB("Perencanaan Kinerja", "Kualitas",
			"Setiap kinerja memiliki unit penanggung jawab dan setiap unit kerja memiliki kinerja"),

	DEFINISI_OPERASIONAL("Pengukuran Kinerja", "Keberadaan",
			"Indikator kinerja memiliki definisi operasional, satuan, formula dan sumber data yang jelas"),

	PENGUKURAN("Pengukuran Kinerja", "Kualitas",
			"Pengukuran kinerja dilakukan secara berkala (triwulanan) dengan data realisasi yang andal");

	private final String component;

	private final String subComponent;

	private final String criterion;

	LkeCriterion(String component, String subComponent, String criterion) {
		this.component = component;
		this.subComponent = subComponent;
		this.criterion = criterion;
	}

	String code() {
		return name();
	}

	String component() {
		return this.component;
	}

	String subComponent() {
		return this.subComponent;
	}

	String criterion() {
		return this.criterion;
	}

	/** One line, for tables and downloads: {@code Perencanaan Kinerja / Kualitas: ...}. */
	String label() {
		return this.component + " / " + this.subComponent + ": " + this.criterion;
	}

}
