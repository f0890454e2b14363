package vn.daotao.course.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.daotao.base.UserFacingException;
import vn.daotao.course.AttachmentType;
import vn.daotao.course.ImportFormat;

/**
 * Reads an import file into rows of text cells. CSV is UTF-8 (a BOM is fine) separated by commas or
 * semicolons; XLSX is read from its first sheet. Nothing is evaluated: a formula cell reads as its
 * formula text, a CSV cell starting with "=" is just text.
 */
public final class QuestionSheetReader {

    public static final int MAX_COLUMNS = 30;

    private QuestionSheetReader() {}

    public record Sheet(ImportFormat format, List<SheetRow> rows) {}

    /** Which format the content is, or a refusal when it is neither CSV text nor an XLSX workbook. */
    public static ImportFormat formatOf(byte[] content) {
        Optional<AttachmentType> type = FileTypeDetector.detect(content);
        if (type.isPresent()) {
            if (type.get() == AttachmentType.XLSX) {
                return ImportFormat.XLSX;
            }
            throw new UserFacingException("questionImport.error.type");
        }
        if (content.length >= 4 && content[0] == 'P' && content[1] == 'K') {
            throw new UserFacingException("questionImport.error.type");
        }
        for (byte b : content) {
            if (b == 0) {
                throw new UserFacingException("questionImport.error.type");
            }
        }
        return ImportFormat.CSV;
    }

    /** Reads at most {@code maxRows} non-blank rows after the header; more is a refusal. */
    public static Sheet read(byte[] content, int maxRows) {
        ImportFormat format = formatOf(content);
        List<SheetRow> rows = format == ImportFormat.XLSX ? readXlsx(content, maxRows) : readCsv(content, maxRows);
        return new Sheet(format, rows);
    }

    static List<SheetRow> readCsv(byte[] content, int maxRows) {
        String text = decodeUtf8(content);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        CSVFormat csv = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiter(text))
                .setIgnoreEmptyLines(false)
                .setTrim(false)
                .get();
        List<SheetRow> rows = new ArrayList<>();
        try (CSVParser parser = csv.parse(new StringReader(text))) {
            for (CSVRecord record : parser) {
                SheetRow row = new SheetRow(
                        (int) record.getRecordNumber(),
                        record.stream().limit(MAX_COLUMNS).toList());
                add(rows, row, maxRows);
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw new UserFacingException("questionImport.error.csv");
        }
        return rows;
    }

    static List<SheetRow> readXlsx(byte[] content, int maxRows) {
        DataFormatter formatter = new DataFormatter();
        List<SheetRow> rows = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            if (workbook.getNumberOfSheets() == 0) {
                return rows;
            }
            org.apache.poi.ss.usermodel.Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                int last = Math.min(Math.max(row.getLastCellNum(), 0), MAX_COLUMNS);
                for (int c = 0; c < last; c++) {
                    cells.add(text(row.getCell(c), formatter));
                }
                add(rows, new SheetRow(row.getRowNum() + 1, cells), maxRows);
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof UserFacingException refusal) {
                throw refusal;
            }
            throw new UserFacingException("questionImport.error.xlsx");
        }
        return rows;
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.FORMULA) {
            return "=" + cell.getCellFormula();
        }
        return formatter.formatCellValue(cell);
    }

    /** Keeps row numbers as in the file; blank rows count for numbering but not against the limit. */
    private static void add(List<SheetRow> rows, SheetRow row, int maxRows) {
        if (row.blank()) {
            return;
        }
        rows.add(row);
        if (rows.size() > maxRows + 1) {
            throw new UserFacingException("questionImport.error.tooManyRows", maxRows);
        }
    }

    /** The header line decides: more semicolons than commas means semicolon-separated (Excel in many locales). */
    static char delimiter(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        long semicolons = first.chars().filter(c -> c == ';').count();
        long commas = first.chars().filter(c -> c == ',').count();
        return semicolons > commas ? ';' : ',';
    }

    private static String decodeUtf8(byte[] content) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new UserFacingException("questionImport.error.encoding");
        }
    }
}
