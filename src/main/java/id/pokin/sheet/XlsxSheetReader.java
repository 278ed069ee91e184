package id.pokin.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Reads a workbook's import sheets with POI's streaming (SAX) reader, one row at a time from the file on disk:
 * memory holds the cells' text, never POI's object model of the workbook (many times the file's size).
 * Other sheets (instructions, notes) are skipped unread. Cells are read as
 * Excel shows them; numbers as Indonesian Excel shows them ({@code 72,4}, {@code 1.250}), so that
 * {@link TargetValue} reads every number cell back exactly. The zip-bomb limits are set before any workbook
 * is opened.
 */
public final class XlsxSheetReader implements SheetReader {

	/** POI's own default, set here so that no other code in the JVM can have loosened it. */
	static final double MIN_INFLATE_RATIO = 0.01;

	/** No sheet of a real cascade comes near this; a bigger entry is refused before it is inflated. */
	static final long MAX_ENTRY_SIZE = 200L * 1024 * 1024;

	private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

	static {
		ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
		ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
	}

	@Override
	public List<SheetTable> read(Path source) throws IOException {
		try (OPCPackage workbook = OPCPackage.open(source.toFile(), PackageAccess.READ)) {
			XSSFReader reader = new XSSFReader(workbook);
			ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook);
			StylesTable styles = reader.getStylesTable();
			List<SheetTable> tables = new ArrayList<>();
			XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
			while (sheets.hasNext()) {
				try (InputStream sheet = sheets.next()) {
					String name = sheets.getSheetName();
					if (ImportSheet.named(name).isPresent()) {
						tables.add(readSheet(name, sheet, styles, strings));
					}
				}
			}
			return tables;
		}
		catch (OpenXML4JException | SAXException | ParserConfigurationException ex) {
			throw new IOException(ex.getMessage(), ex);
		}
	}

	private static SheetTable readSheet(String name, InputStream sheet, StylesTable styles,
			ReadOnlySharedStringsTable strings) throws IOException, SAXException, ParserConfigurationException {
		Rows rows = new Rows();
		InlineStrings parser = new InlineStrings(XMLHelper.newXMLReader(), rows);
		parser.setContentHandler(
				new XSSFSheetXMLHandler(styles, null, strings, rows, new DataFormatter(INDONESIAN), false));
		parser.parse(new InputSource(sheet));
		if (rows.rows.isEmpty()) {
			return SheetTable.empty(name);
		}
		return new SheetTable(name, rows.rows.get(0), List.copyOf(rows.rows.subList(1, rows.rows.size())));
	}

	/**
	 * Hands inline-string cells ({@code <c t="inlineStr">}, as streaming writers such as ours write every text cell)
	 * straight to the rows, and everything else on to POI's handler. POI builds an XMLBeans rich-text object for each
	 * such cell only to read its text back: most of the time a 9,000-row workbook took to read. The text is the same:
	 * only a text with Excel's {@code _xHHHH_} escapes goes through POI's own decoding.
	 */
	private static final class InlineStrings extends XMLFilterImpl {

		private final Rows rows;

		private final StringBuilder text = new StringBuilder();

		private String cell;

		private boolean inText;

		private boolean inPhonetic;

		InlineStrings(XMLReader parent, Rows rows) {
			super(parent);
			this.rows = rows;
		}

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes)
				throws SAXException {
			if (this.cell == null && "c".equals(localName) && "inlineStr".equals(attributes.getValue("t"))
					&& attributes.getValue("r") != null) {
				this.cell = attributes.getValue("r");
				this.text.setLength(0);
			}
			else if (this.cell != null) {
				this.inPhonetic |= "rPh".equals(localName);
				this.inText = "t".equals(localName) && !this.inPhonetic;
			}
			else {
				super.startElement(uri, localName, qName, attributes);
			}
		}

		@Override
		public void endElement(String uri, String localName, String qName) throws SAXException {
			if (this.cell == null) {
				super.endElement(uri, localName, qName);
			}
			else if ("c".equals(localName)) {
				String value = this.text.toString();
				this.rows.cell(this.cell, value.contains("_x") ? new XSSFRichTextString(value).getString() : value, null);
				this.cell = null;
			}
			else {
				this.inText = false;
				this.inPhonetic &= !"rPh".equals(localName);
			}
		}

		@Override
		public void characters(char[] ch, int start, int length) throws SAXException {
			if (this.cell == null) {
				super.characters(ch, start, length);
			}
			else if (this.inText) {
				this.text.append(ch, start, length);
			}
		}

	}

	/** Collects the non-blank rows; cells missing from the XML (empty ones) are padded as {@code null}. */
	private static final class Rows implements SheetContentsHandler {

		private final List<SheetRow> rows = new ArrayList<>();

		private List<String> cells;

		private int nextColumn;

		@Override
		public void startRow(int rowNum) {
			this.cells = new ArrayList<>();
			this.nextColumn = 0;
		}

		@Override
		public void endRow(int rowNum) {
			SheetRow row = new SheetRow(rowNum + 1, Collections.unmodifiableList(this.cells));
			if (!row.isBlank()) {
				this.rows.add(row);
			}
		}

		@Override
		public void cell(String cellReference, String formattedValue, XSSFComment comment) {
			int column = cellReference == null ? this.nextColumn : column(cellReference);
			while (this.cells.size() < column) {
				this.cells.add(null);
			}
			this.cells.add(formattedValue);
			this.nextColumn = column + 1;
		}

		/** The column of a cell reference such as {@code AB12}: its letters only (a CellReference parses the row too). */
		private static int column(String cellReference) {
			int letters = 0;
			while (letters < cellReference.length() && Character.isLetter(cellReference.charAt(letters))) {
				letters++;
			}
			return CellReference.convertColStringToIndex(cellReference.substring(0, letters));
		}

	}

}
