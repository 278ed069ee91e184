package id.pokin.importer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.pokin.importer.GraphFacts.Edge;
import id.pokin.importer.GraphFacts.Existing;
import id.pokin.importer.ImportError.Code;
import id.pokin.importer.Reference.Link;
import id.pokin.node.Level;
import id.pokin.node.NodeKind;
import id.pokin.sheet.Cells;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Every check of a file, without a database: the graph's part is given as {@link GraphFacts}. */
class ImportValidationTests {

	private static final String DOCUMENTS = """
			id,title,region,period_start,period_end
			doc,Keputusan tentang IKU,pemda,2021,2026
			""";

	private static final String UNITS = """
			id,name,level,parent,document,source_ref
			pemda,Kabupaten Contoh,PEMDA,,doc,kop
			pd,Sekretariat Daerah,PERANGKAT_DAERAH,pemda,doc,lampiran
			bag,Bagian Pemerintahan,BAGIAN,pd,doc,tabel
			""";

	private static final String ELEMENTS = """
			id,kind,name,level,parents,responsible,document,source_ref
			tujuan,TUJUAN,Tujuan,PEMDA,,pemda,doc,t
			sasaran,SASARAN,Sasaran,PERANGKAT_DAERAH,tujuan,pd,doc,s
			program,SASARAN,Program,BAGIAN,sasaran,bag,doc,p
			""";

	private static final String INDICATORS = """
			id,element,name,target_2025,responsible,kind,polarity,iku,document,source_ref
			ind,program,Indikator,100%,bag,OUTPUT,HIGHER_IS_BETTER,TRUE,doc,i
			""";

	@Test
	void aValidFileHasNoErrors() {
		assertThat(errors(file())).isEmpty();
	}

	@Test
	void aMissingSheetIsReportedBySheetName() {
		Map<String, String> sheets = sheets();
		sheets.remove("indicators");
		assertThat(errors(TestFiles.csv(sheets))).extracting(this::where)
			.containsExactly(tuple("indicators", null, null, Code.MISSING_SHEET));
	}

	@Test
	void aSheetGivenTwiceIsReported() {
		// Excel refuses two sheets named alike; two CSV files can be (units.csv and Units.CSV)
		Map<String, String> sheets = sheets();
		sheets.put("Units", UNITS);
		assertThat(errors(TestFiles.csv(sheets))).extracting(this::where)
			.containsExactly(tuple("units", null, null, Code.DUPLICATE_SHEET));
	}

	@Test
	void aMissingRequiredColumnIsReportedOnceAtTheHeader() {
		assertThat(errors(file("units", """
				id,name,parent,document,source_ref
				pemda,Kabupaten Contoh,,doc,kop
				pd,Sekretariat Daerah,pemda,doc,lampiran
				bag,Bagian Pemerintahan,pd,doc,tabel
				"""))).extracting(this::where).containsExactly(tuple("units", 1, "level", Code.MISSING_COLUMN));
	}

	@Test
	void anUnknownColumnIsAnErrorSoThatATypoDoesNotVanish() {
		List<ImportError> errors = errors(file("elements", """
				id,kind,name,level,parrents,responsible,document,source_ref
				tujuan,TUJUAN,Tujuan,PEMDA,,pemda,doc,t
				program,SASARAN,Program,BAGIAN,tujuan,bag,doc,p
				"""));
		assertThat(errors).extracting(this::where).containsExactly(tuple("elements", 1, "parrents", Code.UNKNOWN_COLUMN));
		assertThat(errors.get(0).message().en()).contains("'parrents'").contains("parents");
	}

	@Test
	void headersAreCaseInsensitiveInAnyOrderAndMayUseSpaces() {
		assertThat(errors(file("units", """
				Source Ref,DOCUMENT,Parent,Level,Name,ID
				kop,doc,,pemda,Kabupaten Contoh,pemda
				lampiran,doc,pemda,Perangkat Daerah,Sekretariat Daerah,pd
				tabel,doc,pd,Biro,Bagian Pemerintahan,bag
				"""))).isEmpty();
	}

	@Test
	void aColumnGivenTwiceOrValuesUnderNoHeaderAreErrors() {
		assertThat(errors(file("units", """
				id,name,level,parent,document,source_ref,name,
				pemda,Kabupaten Contoh,PEMDA,,doc,kop,,
				pd,Sekretariat Daerah,PERANGKAT_DAERAH,pemda,doc,lampiran,,catatan
				bag,Bagian Pemerintahan,BAGIAN,pd,doc,tabel,,
				"""))).extracting(this::where)
			.containsExactly(tuple("units", 1, "name", Code.DUPLICATE_COLUMN),
					tuple("units", 1, "H", Code.UNNAMED_COLUMN));
	}

	@Test
	void aValueRightOfTheLastHeaderIsReportedNotDropped() {
		assertThat(errors(file("units", """
				id,name,level,parent,document,source_ref
				pemda,Kabupaten Contoh,PEMDA,,doc,kop
				pd,Sekretariat Daerah, Kabupaten Contoh,PERANGKAT_DAERAH,pemda,doc,lampiran
				bag,Bagian Pemerintahan,BAGIAN,pd,doc,tabel
				"""))).extracting(this::where)
			.contains(tuple("units", 1, "G", Code.UNNAMED_COLUMN), tuple("units", 3, "level", Code.INVALID_VALUE));
	}

	@Test
	void targetColumnsNeedAFourDigitYear() {
		assertThat(errors(file("indicators", """
				id,element,name,target_25,Target 2026,targets,target_2026,document,source_ref
				ind,program,Indikator,1,2,3,4,doc,i
				"""))).extracting(this::where)
			.containsExactly(tuple("indicators", 1, "target_25", Code.INVALID_TARGET_COLUMN),
					tuple("indicators", 1, "targets", Code.INVALID_TARGET_COLUMN),
					tuple("indicators", 1, "target_2026", Code.DUPLICATE_COLUMN));
	}

	@Test
	void anEmptyRequiredCellIsReportedAtItsRowAndColumn() {
		assertThat(errors(file("units", """
				id,name,level,parent,document,source_ref
				pemda,Kabupaten Contoh,PEMDA,,doc,kop
				pd,,PERANGKAT_DAERAH,pemda,doc,
				bag,Bagian Pemerintahan,BAGIAN,pd,doc,tabel
				"""))).extracting(this::where)
			.containsExactly(tuple("units", 3, "name", Code.MISSING_VALUE),
					tuple("units", 3, "source_ref", Code.MISSING_VALUE));
	}

	@Test
	void rowNumbersAreAsExcelShowsThemCountingBlankLinesAndNotTheLinesOfAMultiLineCell() {
		assertThat(errors(file("units", """
				id,name,level,parent,document,source_ref
				pemda,"Kabupaten
				Contoh",PEMDA,,doc,kop

				pd,Sekretariat Daerah,PERANGKAT_DAERAH,pemda,doc,
				bag,Bagian Pemerintahan,BAGIAN,pd,doc,tabel
				"""))).extracting(this::where).containsExactly(tuple("units", 4, "source_ref", Code.MISSING_VALUE));
	}

	@Test
	void onlyAPemdaUnitMayHaveNoParent() {
		assertThat(errors(file("units", """
				id,name,level,parent,document,source_ref
				pemda,Kabupaten Contoh,PEMDA,,doc,kop
				pd,Sekretariat Daerah,PERANGKAT_DAERAH,,doc,lampiran
				bag,Bagian Pemerintahan,BAGIAN,pd,doc,tabel
				"""))).extracting(this::where).containsExactly(tuple("units", 3, "parent", Code.MISSING_PARENT));
	}

	@Test
	void choicesOutsideTheirListAreInvalidValues() {
		Map<String, String> sheets = sheets();
		sheets.put("units", UNITS.replace("BAGIAN", "KECAMATAN"));
		sheets.put("elements", ELEMENTS.replace("TUJUAN,", "VISI,"));
		sheets.put("indicators", """
				id,element,name,kind,polarity,iku,document,source_ref
				ind,program,Indikator,INPUT,UP,MUNGKIN,doc,i
				""");
		List<ImportError> errors = errors(TestFiles.csv(sheets));
		assertThat(errors).extracting(this::where)
			.containsExactly(tuple("units", 4, "level", Code.INVALID_VALUE), tuple("elements", 2, "kind", Code.INVALID_VALUE),
					tuple("indicators", 2, "kind", Code.INVALID_VALUE),
					tuple("indicators", 2, "polarity", Code.INVALID_VALUE),
					tuple("indicators", 2, "iku", Code.INVALID_VALUE));
		assertThat(errors.get(0).message().id()).contains("'KECAMATAN'").contains("PEMDA, PERANGKAT_DAERAH");
	}

	@Test
	void choicesIgnoreCaseAndAcceptTheNamesTheDocumentsUse() {
		Map<String, String> sheets = sheets();
		sheets.put("units", """
				id,name,level,parent,document,source_ref
				pemda,Kabupaten Contoh,pemda,,doc,kop
				pd,Sekretariat Daerah,Perangkat Daerah,pemda,doc,lampiran
				bag,Biro Pemerintahan,Biro,pd,doc,tabel
				seksi,Seksi Pelayanan,Seksi,bag,doc,tabel
				""");
		sheets.put("indicators", INDICATORS.replace("OUTPUT,HIGHER_IS_BETTER,TRUE", "output,lower-is-better,ya"));
		assertThat(errors(TestFiles.csv(sheets))).isEmpty();
		assertThat(Cells.LEVELS.read("Seksi")).isEqualTo(Level.SUBBAGIAN);
		assertThat(Cells.LEVELS.read("sub koordinator")).isEqualTo(Level.SUBBAGIAN);
		assertThat(Cells.BOOLEANS.read("Tidak")).isFalse();
	}

	@Test
	void idsAllowOnlyLettersDigitsAndDotUnderscoreColonHyphen() {
		Map<String, String> sheets = sheets();
		sheets.put("elements", ELEMENTS.replace("program,SASARAN", "program 1,SASARAN"));
		sheets.put("indicators", INDICATORS.replace("ind,program", "ind,program 1"));
		assertThat(errors(TestFiles.csv(sheets))).extracting(this::where)
			.containsExactly(tuple("elements", 4, "id", Code.INVALID_ID));
		assertThat(Cells.isValidId("blg-setda-e-1.4.6-b:x_y")).isTrue();
		assertThat(Cells.isValidId("sasaran/1")).isFalse();
	}

	@Test
	void periodYearsMustBeYearsInOrder() {
		assertThat(errors(file("documents", """
				id,title,region,period_start,period_end
				doc,Keputusan,pemda,2021/2022,2026
				doc2,Keputusan lain,pemda,2026,2021
				"""))).extracting(this::where)
			.containsExactly(tuple("documents", 2, "period_start", Code.INVALID_YEAR),
					tuple("documents", 3, "period_end", Code.INVALID_PERIOD));
	}

	@Test
	void anIdIsUniqueAcrossUnitsElementsAndIndicatorsAndTheFirstRowKeepsIt() {
		Map<String, String> sheets = sheets();
		sheets.put("elements", ELEMENTS + "bag,SASARAN,Sasaran Bagian,BAGIAN,sasaran,bag,doc,x\n");
		sheets.put("documents", DOCUMENTS + "doc,Dokumen yang sama,pemda,,\n");
		List<ImportError> errors = errors(TestFiles.csv(sheets));
		assertThat(errors).extracting(this::where)
			.containsExactly(tuple("documents", 3, "id", Code.DUPLICATE_ID), tuple("elements", 5, "id", Code.DUPLICATE_ID));
		assertThat(errors.get(1).message().en()).isEqualTo("Id 'bag' is already used on sheet units row 4; every id must be unique.");
	}

	@Test
	void anIdTheGraphHoldsAsAnotherKindOfNodeIsRefused() {
		GraphFacts facts = facts(Map.of("program", new Existing(NodeKind.INDIKATOR, Level.BAGIAN)), List.of());
		List<ImportError> errors = errors(file(), facts);
		assertThat(errors).extracting(this::where).containsExactly(tuple("elements", 4, "id", Code.ID_KIND_CONFLICT));
		assertThat(errors.get(0).message().en()).contains("already exists in the database as an indicator");
	}

	@Test
	void anElementMayChangeBetweenElementKinds() {
		GraphFacts facts = facts(Map.of("program", new Existing(NodeKind.KONDISI, Level.BAGIAN)), List.of());
		assertThat(errors(file(), facts)).isEmpty();
	}

	@Test
	void everyLinkToAnIdThatIsNeitherInTheFileNorInTheGraphIsReported() {
		Map<String, String> sheets = sheets();
		sheets.put("documents", DOCUMENTS.replace("doc,Keputusan tentang IKU,pemda", "doc,Keputusan tentang IKU,pemda-x"));
		sheets.put("units", UNITS.replace("bag,Bagian Pemerintahan,BAGIAN,pd,doc", "bag,Bagian Pemerintahan,BAGIAN,pd-x,doc-x"));
		sheets.put("elements", ELEMENTS.replace("tujuan,pd", "tujuan;tujuan-x,pd;pd-y"));
		sheets.put("indicators", INDICATORS.replace("ind,program", "ind,program-x"));
		List<ImportError> errors = errors(TestFiles.csv(sheets));
		assertThat(errors).extracting(this::where)
			.containsExactly(tuple("documents", 2, "region", Code.UNKNOWN_REFERENCE),
					tuple("units", 4, "parent", Code.UNKNOWN_REFERENCE), tuple("units", 4, "document", Code.UNKNOWN_REFERENCE),
					tuple("elements", 3, "parents", Code.UNKNOWN_REFERENCE),
					tuple("elements", 3, "responsible", Code.UNKNOWN_REFERENCE),
					tuple("indicators", 2, "element", Code.UNKNOWN_REFERENCE));
		assertThat(errors.get(3).message().id()).isEqualTo(
				"'tujuan-x' (kolom parents) tidak ada di berkas ini maupun di basis data. Periksa ejaannya, atau tambahkan barisnya di lembar elements.");
	}

	@Test
	void aLinkToANodeOrDocumentAlreadyInTheGraphIsFine() {
		Map<String, String> sheets = sheets();
		sheets.put("elements", ELEMENTS.replace("tujuan,pd", "rpjmd-sasaran,pd").replace(",doc,s", ",old-doc,s"));
		GraphFacts facts = new GraphFacts(Map.of("rpjmd-sasaran", new Existing(NodeKind.SASARAN, Level.PEMDA)),
				Set.of("old-doc"), List.of());
		assertThat(errors(TestFiles.csv(sheets), facts)).isEmpty();
	}

	@Test
	void aLinkToTheWrongKindOfNodeIsReported() {
		Map<String, String> sheets = sheets();
		sheets.put("documents", DOCUMENTS.replace("doc,Keputusan tentang IKU,pemda", "doc,Keputusan tentang IKU,pd"));
		sheets.put("units", UNITS.replace("bag,Bagian Pemerintahan,BAGIAN,pd,doc", "bag,Bagian Pemerintahan,BAGIAN,sasaran,pemda"));
		sheets.put("elements", ELEMENTS.replace("program,SASARAN,Program,BAGIAN,sasaran,bag",
				"program,SASARAN,Program,BAGIAN,ind,tujuan"));
		sheets.put("indicators", INDICATORS.replace("ind,program", "ind,bag").replace(",bag,OUTPUT", ",doc,OUTPUT"));
		List<ImportError> errors = errors(TestFiles.csv(sheets));
		assertThat(errors).extracting(this::where)
			.containsExactly(tuple("documents", 2, "region", Code.WRONG_KIND), tuple("units", 4, "parent", Code.WRONG_KIND),
					tuple("units", 4, "document", Code.WRONG_KIND), tuple("elements", 4, "parents", Code.WRONG_KIND),
					tuple("elements", 4, "responsible", Code.WRONG_KIND), tuple("indicators", 2, "element", Code.WRONG_KIND),
					tuple("indicators", 2, "responsible", Code.WRONG_KIND));
		assertThat(errors.get(0).message().en())
			.isEqualTo("'pd' in column region is a PERANGKAT_DAERAH unit, but this column must point to a PEMDA unit (units sheet).");
		assertThat(errors.get(3).message().en()).contains("'ind' in column parents is an indicator");
		assertThat(errors.get(5).message().id()).contains("'bag' di kolom element adalah unit organisasi tingkat BAGIAN");
	}

	@Test
	void aRowThatPointsToItselfIsASelfLink() {
		Map<String, String> sheets = sheets();
		sheets.put("units", UNITS.replace("bag,Bagian Pemerintahan,BAGIAN,pd", "bag,Bagian Pemerintahan,BAGIAN,bag"));
		sheets.put("elements", ELEMENTS.replace("sasaran,SASARAN,Sasaran,PERANGKAT_DAERAH,tujuan",
				"sasaran,SASARAN,Sasaran,PERANGKAT_DAERAH,tujuan;sasaran"));
		assertThat(errors(TestFiles.csv(sheets))).extracting(this::where)
			.containsExactly(tuple("units", 4, "parent", Code.SELF_LINK), tuple("elements", 3, "parents", Code.SELF_LINK));
	}

	@Test
	void linksOfTheFileThatMakeACycleAreEachReportedWithTheCycle() {
		List<ImportError> errors = errors(file("elements", ELEMENTS.replace("tujuan,TUJUAN,Tujuan,PEMDA,,", "tujuan,TUJUAN,Tujuan,PEMDA,program,")));
		assertThat(errors).extracting(this::where)
			.containsExactly(tuple("elements", 2, "parents", Code.CYCLE), tuple("elements", 3, "parents", Code.CYCLE),
					tuple("elements", 4, "parents", Code.CYCLE));
		assertThat(errors.get(0).message().en())
			.startsWith("This link would make a cycle: tujuan \u2192 program \u2192 sasaran \u2192 tujuan.");
	}

	@Test
	void aPartOfCycleBetweenUnitsIsReportedToo() {
		assertThat(errors(file("units", UNITS.replace("pemda,Kabupaten Contoh,PEMDA,,", "pemda,Kabupaten Contoh,PEMDA,bag,"))))
			.extracting(this::where)
			.containsExactly(tuple("units", 2, "parent", Code.CYCLE), tuple("units", 3, "parent", Code.CYCLE),
					tuple("units", 4, "parent", Code.CYCLE));
	}

	@Test
	void aCycleClosedThroughLinksAlreadyInTheGraphIsFound() {
		// graph: rpjmd-2 -> rpjmd-1 -> program (program is in the file, the graph's links above rpjmd-2 stay)
		Map<String, String> sheets = sheets();
		sheets.put("elements", ELEMENTS.replace("tujuan,TUJUAN,Tujuan,PEMDA,,", "tujuan,TUJUAN,Tujuan,PEMDA,rpjmd-2,"));
		GraphFacts facts = facts(
				Map.of("rpjmd-1", new Existing(NodeKind.SASARAN, Level.PEMDA), "rpjmd-2",
						new Existing(NodeKind.SASARAN, Level.PEMDA)),
				List.of(new Edge(Link.CONTRIBUTES_TO, "rpjmd-2", "rpjmd-1"), new Edge(Link.CONTRIBUTES_TO, "rpjmd-1", "program")));
		List<ImportError> errors = errors(TestFiles.csv(sheets), facts);
		assertThat(errors).extracting(this::where).contains(tuple("elements", 2, "parents", Code.CYCLE));
		assertThat(errors.get(0).message().en()).contains("tujuan \u2192 rpjmd-2 \u2192 rpjmd-1 \u2192 program \u2192 sasaran \u2192 tujuan");
	}

	@Test
	void aGraphLinkThatTheFileReplacesCannotCloseACycle() {
		// the graph still says tujuan -> program, but the file gives tujuan no parent: that link will be gone
		GraphFacts facts = facts(Map.of(), List.of(new Edge(Link.CONTRIBUTES_TO, "tujuan", "program")));
		assertThat(errors(file(), facts)).isEmpty();
	}

	@Test
	void everyErrorOfTheFileIsCollectedInSheetAndRowOrder() {
		Map<String, String> sheets = sheets();
		sheets.put("indicators", """
				id,element,name,target_2025,responsible,document,source_ref,satuan
				ind,nope,Indikator,100%,bag,doc,i,
				ind 2,,,,,doc,i,
				""");
		sheets.put("units", UNITS.replace("BAGIAN", "BAG"));
		assertThat(errors(TestFiles.csv(sheets))).extracting(this::where)
			.containsExactly(tuple("units", 4, "level", Code.INVALID_VALUE),
					tuple("indicators", 2, "element", Code.UNKNOWN_REFERENCE), tuple("indicators", 3, "id", Code.INVALID_ID),
					tuple("indicators", 3, "name", Code.MISSING_VALUE));
	}

	@Test
	void anIdLongerThanTheEditingApiAllowsIsRefusedAndQuotedShort() {
		for (int length : new int[] { 101, 4000, 8200 }) {
			String id = "u" + "x".repeat(length - 1);
			Map<String, String> sheets = sheets();
			sheets.put("units", UNITS + id + ",Unit Panjang,BAGIAN,pd,doc,t\n");
			List<ImportError> errors = errors(TestFiles.csv(sheets));
			assertThat(errors).extracting(this::where).containsExactly(tuple("units", 5, "id", Code.ID_TOO_LONG));
			assertThat(errors.get(0).message().en()).contains("(" + length + " characters)", "at most 100")
				.hasSizeLessThan(400);
			assertThat(errors.get(0).message().id()).contains("paling banyak 100").hasSizeLessThan(400);
		}
	}

	@Test
	void everyIdALinkNamesMeetsTheSameBounds() {
		String tooLong = "p".repeat(101);
		Map<String, String> sheets = sheets();
		sheets.put("units", UNITS.replace("bag,Bagian Pemerintahan,BAGIAN,pd,doc", "bag,Bagian Pemerintahan,BAGIAN," + tooLong + ",doc"));
		sheets.put("elements", ELEMENTS.replace("tujuan,pd", "tujuan;" + tooLong + ",pd").replace("program,SASARAN,Program,BAGIAN,sasaran,bag,doc",
				"program,SASARAN,Program,BAGIAN,sasaran,bag," + tooLong));
		sheets.put("indicators", INDICATORS.replace("ind,program", "ind,program/1"));
		sheets.put("documents", DOCUMENTS.replace("doc,Keputusan tentang IKU,pemda", "doc,Keputusan tentang IKU," + tooLong));
		assertThat(errors(TestFiles.csv(sheets))).extracting(this::where)
			.containsExactly(tuple("documents", 2, "region", Code.ID_TOO_LONG), tuple("units", 4, "parent", Code.ID_TOO_LONG),
					tuple("elements", 3, "parents", Code.ID_TOO_LONG), tuple("elements", 4, "document", Code.ID_TOO_LONG),
					tuple("indicators", 2, "element", Code.INVALID_ID));
	}

	@Test
	void aCellNamingMoreIdsThanAListArgumentMayHoldIsRefused() {
		StringBuilder many = new StringBuilder("tujuan");
		for (int i = 0; i < 500; i++) {
			many.append(";x").append(i);
		}
		assertThat(errors(file("elements", ELEMENTS.replace("tujuan,pd", many + ",pd")))).extracting(this::where)
			.containsExactly(tuple("elements", 3, "parents", Code.TOO_MANY_IDS));
	}

	@Test
	void textsMeetTheEditingApisLengthsTargetsIncluded() {
		Map<String, String> sheets = sheets();
		sheets.put("units", UNITS.replace("Bagian Pemerintahan", "B".repeat(4001)).replace("kop", "k".repeat(4001)));
		sheets.put("indicators", INDICATORS.replace("100%", "9".repeat(201)));
		sheets.put("documents", DOCUMENTS.replace("Keputusan tentang IKU", "K".repeat(4000)));
		List<ImportError> errors = errors(TestFiles.csv(sheets));
		assertThat(errors).extracting(this::where)
			.containsExactly(tuple("units", 2, "source_ref", Code.TEXT_TOO_LONG), tuple("units", 4, "name", Code.TEXT_TOO_LONG),
					tuple("indicators", 2, "target_2025", Code.TEXT_TOO_LONG));
		assertThat(errors.get(1).message().en()).isEqualTo(
				"The text in column name is too long (4001 characters): at most 4000 characters are allowed. Shorten it; long explanations belong in the source document.");
		assertThat(errors.get(2).message().id()).contains("paling banyak 200 karakter");
	}

	@Test
	void controlCharactersAreRefusedInEveryColumn() {
		Map<String, String> sheets = sheets();
		sheets.put("units", UNITS.replace("Bagian Pemerintahan", "Bagian\u0000Pemerintahan").replace("pd,Sekretariat", "p\u001Bd,Sekretariat"));
		sheets.put("indicators", INDICATORS.replace("100%", "100\u0007%"));
		List<ImportError> errors = errors(TestFiles.csv(sheets));
		assertThat(errors).extracting(this::where)
			.contains(tuple("units", 3, "id", Code.CONTROL_CHARACTER), tuple("units", 4, "name", Code.CONTROL_CHARACTER),
					tuple("indicators", 2, "target_2025", Code.CONTROL_CHARACTER));
		assertThat(errors).filteredOn(e -> e.code() == Code.CONTROL_CHARACTER).first()
			.satisfies(e -> assertThat(e.message().en()).contains("U+001B").doesNotContain("\u001B"));
		// tab and line breaks are text, as in the editing API
		assertThat(errors(file("units", UNITS.replace("Bagian Pemerintahan", "\"Bagian\tPemerintahan\nKota\"")))).isEmpty();
	}

	@Test
	void valuesAndHeadersAreQuotedShortenedWithControlCharactersWrittenOut() {
		String header = "kolom" + "x".repeat(5000);
		List<ImportError> errors = errors(file("units", UNITS.replace("source_ref", "source_ref," + header)
			.replace("kop\n", "kop,\n").replace("PEMDA,,doc", "PEM\u001BDA" + "A".repeat(5000) + ",,doc")));
		assertThat(errors).extracting(ImportError::code).contains(Code.UNKNOWN_COLUMN, Code.CONTROL_CHARACTER);
		errors.forEach(error -> {
			assertThat(error.message().en()).hasSizeLessThan(600);
			assertThat(error.column()).hasSizeLessThan(120);
		});
	}

	@Test
	void onlyTheFirstErrorsInFileOrderAreKeptAndTheOthersCounted() {
		StringBuilder units = new StringBuilder(UNITS);
		for (int i = 0; i < 60_000; i++) {
			units.append("u").append(i).append(",Unit,KECAMATAN,pd,doc,t\n");
		}
		Map<String, String> sheets = sheets();
		sheets.put("units", units.toString());
		sheets.put("documents", DOCUMENTS + "doc2,,pemda,,\n");
		ImportFile file = TestFiles.csv(sheets);
		ImportErrors errors = new ImportErrors();
		ImportValidator.check(RowParser.parse(file, errors), GraphFacts.empty(), errors);
		assertThat(errors.count()).isEqualTo(60_001);
		assertThat(errors.first()).hasSize(200);
		assertThat(errors.more()).isEqualTo(59_801);
		assertThat(errors.first()).extracting(this::where).startsWith(tuple("documents", 3, "title", Code.MISSING_VALUE),
				tuple("units", 5, "level", Code.INVALID_VALUE), tuple("units", 6, "level", Code.INVALID_VALUE));
		assertThat(errors.first().get(199).row()).isEqualTo(203);
	}

	@Test
	void everyMessageIsInBothLanguages() {
		for (Code code : Code.values()) {
			ImportError.Message message = code.message("a", "b", "c", "d");
			assertThat(message.id()).as(code.name()).isNotBlank().isNotEqualTo(message.en());
			assertThat(message.en()).as(code.name()).isNotBlank().doesNotContain("%");
		}
	}

	private Object where(ImportError error) {
		return tuple(error.sheet(), error.row(), error.column(), error.code());
	}

	private static Map<String, String> sheets() {
		Map<String, String> sheets = new LinkedHashMap<>();
		sheets.put("documents", DOCUMENTS);
		sheets.put("units", UNITS);
		sheets.put("elements", ELEMENTS);
		sheets.put("indicators", INDICATORS);
		return sheets;
	}

	private static ImportFile file() {
		return TestFiles.csv(sheets());
	}

	private static ImportFile file(String sheet, String csv) {
		Map<String, String> sheets = sheets();
		sheets.put(sheet, csv);
		return TestFiles.csv(sheets);
	}

	private static GraphFacts facts(Map<String, Existing> nodes, List<Edge> edges) {
		return new GraphFacts(nodes, Set.of(), edges);
	}

	private static List<ImportError> errors(ImportFile file) {
		return errors(file, GraphFacts.empty());
	}

	/** As {@link ImportService} does, with the graph's part given. */
	static List<ImportError> errors(ImportFile file, GraphFacts facts) {
		ImportErrors errors = new ImportErrors(Integer.MAX_VALUE);
		errors.addAll(file.problems());
		ImportRows rows = RowParser.parse(file, errors);
		ImportValidator.check(rows, facts, errors);
		return errors.first();
	}

}
