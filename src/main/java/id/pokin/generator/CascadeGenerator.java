package id.pokin.generator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;

import id.pokin.capaian.RealisasiLists;
import id.pokin.generator.GeneratedGraph.Link;
import id.pokin.generator.GeneratedGraph.Node;
import id.pokin.node.Level;
import id.pokin.node.NodeKind;
import id.pokin.node.SearchText;

/**
 * Generates realistic synthetic regions, deterministically: region {@code r} depends only on the seed and
 * {@code r}. Shape per region (after the scale DOMAIN.md reports for Balangan): 12 RPJMD tujuan, 24 sasaran
 * with 6 indicators each, 30-45 perangkat daerah, each with 3 sasaran strategis, 5-7 bagian with 2 sasaran
 * program, 3-5 subbagian per bagian with 2 sasaran kegiatan, 2-3 indicators per sasaran: ~10,000 nodes.
 */
class CascadeGenerator {

	private static final String[] TOPICS = { "pelayanan administrasi", "tata kelola keuangan", "perencanaan pembangunan",
			"pengadaan barang dan jasa", "kepegawaian", "kebijakan kesejahteraan rakyat", "produk hukum daerah",
			"kerja sama daerah", "pengelolaan aset", "pelaporan kinerja", "keprotokolan", "komunikasi publik",
			"reformasi birokrasi", "pelayanan publik", "pengendalian inflasi", "pembinaan desa",
			"ketentraman dan ketertiban", "pemberdayaan masyarakat", "data dan informasi", "pengawasan internal" };

	private static final String[] SATUAN = { "Persen", "Persen", "Persen", "Indeks", "Nilai", "Dokumen", "Laporan",
			"Orang", "Kasus" };

	private final GeneratorSettings settings;

	CascadeGenerator(GeneratorSettings settings) {
		this.settings = settings;
	}

	GeneratedGraph region(int r) {
		SplittableRandom random = new SplittableRandom(this.settings.seed() * 1_000_003L + r);
		String region = "r%03d".formatted(r);
		String document = region + "-doc";
		GeneratedGraph graph = new GeneratedGraph(Map.of("id", document, "title",
				"Dokumen sintetis wilayah " + r, "region", region + "-pemda", "periodStart",
				(long) GeneratorSettings.FIRST_YEAR, "periodEnd", (long) GeneratorSettings.LAST_YEAR));
		Region builder = new Region(graph, random, document);

		String pemda = builder.unit(region + "-pemda", "Kabupaten Sintetis " + r, Level.PEMDA, null);
		List<String> rpjmdSasaran = new ArrayList<>();
		for (int t = 1; t <= 12; t++) {
			String tujuan = builder.element(NodeKind.TUJUAN, region + "-t" + t, "T" + t, Level.PEMDA, List.of(), pemda);
			for (int s = 1; s <= 2; s++) {
				String sasaran = builder.element(NodeKind.SASARAN, tujuan + "-s" + s, "S" + t + "." + s, Level.PEMDA,
						List.of(tujuan), pemda);
				builder.indicators(sasaran, Level.PEMDA, pemda, 6, "OUTCOME");
				rpjmdSasaran.add(sasaran);
			}
		}
		int pds = 30 + random.nextInt(16);
		for (int p = 1; p <= pds; p++) {
			String pdId = region + "-pd" + p;
			String pd = builder.unit(pdId, "Perangkat Daerah " + p + " Kabupaten Sintetis " + r, Level.PERANGKAT_DAERAH, pemda);
			List<String> pdSasaran = new ArrayList<>();
			for (int s = 1; s <= 3; s++) {
				String sasaran = builder.element(NodeKind.SASARAN, pdId + "-s" + s, p + "." + s, Level.PERANGKAT_DAERAH,
						builder.parents(pick(random, rpjmdSasaran), rpjmdSasaran), pd);
				builder.indicators(sasaran, Level.PERANGKAT_DAERAH, pd, 2, "OUTCOME");
				pdSasaran.add(sasaran);
			}
			int bagians = 5 + random.nextInt(3);
			for (int b = 1; b <= bagians; b++) {
				String bagianId = pdId + "-b" + b;
				String bagian = builder.unit(bagianId, "Bagian " + b + " PD " + p, Level.BAGIAN, pd);
				List<String> program = new ArrayList<>();
				for (int s = 1; s <= 2; s++) {
					String sasaran = builder.element(NodeKind.SASARAN, bagianId + "-s" + s, p + "." + b + "." + s,
							Level.BAGIAN, builder.parents(pick(random, pdSasaran), pdSasaran), bagian);
					builder.indicators(sasaran, Level.BAGIAN, bagian, 2, "OUTCOME");
					program.add(sasaran);
				}
				int subbagians = 3 + random.nextInt(3);
				for (int sb = 1; sb <= subbagians; sb++) {
					String subId = bagianId + "-sb" + sb;
					String sub = builder.unit(subId, "Subbagian " + sb + " Bagian " + b + " PD " + p, Level.SUBBAGIAN, bagian);
					for (int s = 1; s <= 2; s++) {
						String sasaran = builder.element(NodeKind.SASARAN, subId + "-k" + s,
								p + "." + b + "." + sb + "." + s, Level.SUBBAGIAN,
								builder.parents(pick(random, program), program), sub);
						builder.indicators(sasaran, Level.SUBBAGIAN, sub, 2 + random.nextInt(2), "OUTPUT");
					}
				}
			}
			if (p == 1 && r % 10 == 0 && this.settings.defects() > 0) {
				// planted cycle, in every tenth region (so the others export and re-import cleanly): the PD's
				// first sasaran also "contributes" to one of its own sasaran kegiatan
				graph.contributesTo().add(new Link(pdId + "-s1", pdId + "-b1-sb1-k1"));
			}
		}
		return graph;
	}

	private static String pick(SplittableRandom random, List<String> from) {
		return from.get(random.nextInt(from.size()));
	}

	/** Writes one region's rows; keeps the running order (seq) and the defect dice in one place. */
	private final class Region {

		private final GeneratedGraph graph;

		private final SplittableRandom random;

		private final String document;

		private long seq;

		Region(GeneratedGraph graph, SplittableRandom random, String document) {
			this.graph = graph;
			this.random = random;
			this.document = document;
		}

		String unit(String id, String name, Level level, String parent) {
			Map<String, Object> p = common(id, NodeKind.UNIT, null, name, level);
			this.graph.nodes().add(new Node(NodeKind.UNIT, p));
			if (parent != null) {
				this.graph.partOf().add(new Link(id, parent));
			}
			return id;
		}

		String element(NodeKind kind, String id, String code, Level level, List<String> parents, String responsible) {
			String topic = TOPICS[this.random.nextInt(TOPICS.length)];
			String name = switch (level) {
				case PEMDA -> kind == NodeKind.TUJUAN ? "Terwujudnya " + topic + " yang berkualitas"
						: "Meningkatnya kualitas " + topic;
				case SUBBAGIAN -> "Terlaksananya " + topic;
				default -> "Optimalisasi " + topic;
			};
			Map<String, Object> p = common(id, kind, code, name + " (" + code + ")", level);
			this.graph.nodes().add(new Node(kind, p));
			parents.forEach(parent -> this.graph.contributesTo().add(new Link(id, parent)));
			if (!defect()) {
				this.graph.responsibleFor().add(new Link(responsible, id));
			}
			return id;
		}

		/** The usual parent, and with the crosscutting share a second one at the same level. */
		List<String> parents(String parent, List<String> candidates) {
			if (candidates.size() > 1 && this.random.nextDouble() < CascadeGenerator.this.settings.crosscutting()) {
				String other = pick(this.random, candidates);
				if (!other.equals(parent)) {
					return List.of(parent, other);
				}
			}
			return List.of(parent);
		}

		void indicators(String element, Level level, String responsible, int count, String kind) {
			for (int i = 1; i <= count; i++) {
				String id = element + "-i" + i;
				String satuan = SATUAN[this.random.nextInt(SATUAN.length)];
				String topic = TOPICS[this.random.nextInt(TOPICS.length)];
				String name = switch (satuan) {
					case "Persen" -> "Persentase " + topic + " yang terlaksana";
					case "Indeks" -> "Indeks " + topic;
					case "Nilai" -> "Nilai " + topic;
					case "Kasus" -> "Jumlah kasus " + topic;
					case "Orang" -> "Jumlah orang yang mendapat " + topic;
					default -> "Jumlah " + satuan.toLowerCase(Locale.ROOT) + " " + topic;
				};
				// the id's local part as code and in the name: real cascades rarely repeat an indicator's
				// exact name, and the readiness check reports the ones that do
				String code = id.substring(id.indexOf('-') + 1);
				Map<String, Object> p = common(id, NodeKind.INDIKATOR, code, name + " (" + code + ")", level);
				boolean lowerIsBetter = satuan.equals("Kasus");
				double base = satuan.equals("Persen") ? 50 + this.random.nextInt(40) : 1 + this.random.nextInt(100);
				p.put("satuan", satuan);
				p.put("baselineRaw", format(base, satuan));
				p.put("baselineValue", base);
				List<Long> years = new ArrayList<>();
				List<String> raws = new ArrayList<>();
				List<Double> values = new ArrayList<>();
				boolean dropYear = defect();
				int dropped = GeneratorSettings.FIRST_YEAR + this.random.nextInt(5);
				double value = base;
				for (int year = GeneratorSettings.FIRST_YEAR; year <= GeneratorSettings.LAST_YEAR; year++) {
					value = lowerIsBetter ? Math.max(0, value - 1) : value + 1 + this.random.nextInt(3);
					if (satuan.equals("Persen")) {
						value = Math.min(100, value);
					}
					if (dropYear && year == dropped) {
						continue;
					}
					years.add((long) year);
					raws.add(format(value, satuan));
					values.add(value);
				}
				p.put("targetYears", years);
				p.put("targetRaw", raws);
				p.put("targetValue", values);
				p.put("finalTargetRaw", format(value, satuan));
				p.put("finalTargetValue", value);
				p.put("formula", satuan.equals("Persen") ? "Jumlah " + topic + " terlaksana / jumlah rencana x 100%"
						: "Jumlah " + topic);
				p.put("dataSource", "Laporan " + topic);
				p.put("definition", "Ukuran capaian " + topic);
				p.put("indicatorKind", kind);
				p.put("polarity", lowerIsBetter ? "LOWER_IS_BETTER" : "HIGHER_IS_BETTER");
				p.put("iku", level != Level.SUBBAGIAN);
				realisasi(p, id, years, values, satuan);
				this.graph.nodes().add(new Node(NodeKind.INDIKATOR, p));
				if (!defect()) {
					this.graph.contributesTo().add(new Link(id, element));
				}
				this.graph.responsibleFor().add(new Link(responsible, id));
			}
		}

		private Map<String, Object> common(String id, NodeKind kind, String code, String name, Level level) {
			Map<String, Object> p = new HashMap<>();
			p.put("id", id);
			p.put("kind", kind.name());
			p.put("name", name);
			p.put("nameKey", SearchText.nameKey(name));
			if (code != null) {
				p.put("code", code);
				p.put("codeKey", SearchText.codeKey(code));
			}
			p.put("level", level.name());
			p.put("seq", this.seq++);
			p.put("version", 0L);
			p.put("sourceDocument", this.document);
			p.put("sourceRef", "generated");
			return p;
		}

		private boolean defect() {
			return this.random.nextDouble() < CascadeGenerator.this.settings.defects();
		}

		/**
		 * Realisasi of the first plan year, every quarter (cumulative towards the year's target, most indicators near
		 * it, some far off or above), so roll-ups and goals at risk have every status to work with. From a random of
		 * its own, seeded by the indicator, so the rest of the graph is the one the same seed always gave.
		 */
		private void realisasi(Map<String, Object> p, String id, List<Long> years, List<Double> values, String satuan) {
			int at = years.indexOf((long) GeneratorSettings.FIRST_YEAR);
			if (at < 0) {
				return;
			}
			Random own = new Random(CascadeGenerator.this.settings.seed() * 31 + id.hashCode());
			double target = values.get(at);
			double reached = target * (0.5 + own.nextDouble() * 0.7);
			List<Long> realisasiYears = new ArrayList<>();
			List<String> periods = new ArrayList<>();
			List<String> raws = new ArrayList<>();
			List<Double> numbers = new ArrayList<>();
			for (int quarter = 1; quarter <= 4; quarter++) {
				double value = Math.round(reached * quarter / 4 * 10) / 10.0;
				realisasiYears.add((long) GeneratorSettings.FIRST_YEAR);
				periods.add("TW" + quarter);
				raws.add(format(value, satuan));
				numbers.add(value);
			}
			// the parallel lists an import or setRealisasi writes (RealisasiLists); no evidence, document or reference
			p.put(RealisasiLists.YEARS, realisasiYears);
			p.put(RealisasiLists.PERIODS, periods);
			p.put(RealisasiLists.RAW, raws);
			p.put(RealisasiLists.VALUES, numbers);
			p.put(RealisasiLists.BY, Collections.nCopies(4, "generate"));
			p.put(RealisasiLists.AT, Collections.nCopies(4, GeneratorSettings.FIRST_YEAR + 1 + "-01-15T00:00:00Z"));
		}

		private static String format(double value, String satuan) {
			String number = value == Math.rint(value) ? Long.toString((long) value)
					: String.format(Locale.ROOT, "%.1f", value).replace('.', ',');
			return satuan.equals("Persen") ? number + "%" : number;
		}

	}

}
