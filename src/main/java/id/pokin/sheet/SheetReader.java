package id.pokin.sheet;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Reads the tables of one import: the sheets of a workbook, or the CSV files of a folder or a .zip. */
public interface SheetReader {

	List<SheetTable> read(Path source) throws IOException;

}
