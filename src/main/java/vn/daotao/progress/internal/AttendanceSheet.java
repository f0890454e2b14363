package vn.daotao.progress.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.daotao.base.UserFacingException;
import vn.daotao.base.text.SearchText;

/**
 * Reads an attendance list: the employee codes in the first column of a CSV file (UTF-8, comma or
 * semicolon) or of the first sheet of an XLSX workbook, told apart by content, not by name. A first row
 * whose first cell is a heading ("Mã cán bộ") is skipped. Blank rows are skipped; at most 10,000 rows.
 */
public final class AttendanceSheet {

    public record Line(int row, String code) {}

    static final int MAX_ROWS = 10_000;

    private AttendanceSheet() {}

    public static List<Line> read(byte[] content) {
        if (content.length == 0) {
            throw new UserFacingException("session.import.empty");
        }
        boolean zip =
                content.length > 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
        List<Line> lines = zip ? xlsx(content) : csv(content);
        if (lines.size() > MAX_ROWS) {
            throw new UserFacingException("session.import.tooMany", MAX_ROWS);
        }
        if (lines.isEmpty()) {
            throw new UserFacingException("session.import.empty");
        }
        return lines;
    }

    private static List<Line> xlsx(byte[] content) {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = book.getSheetAt(0);
            DataFormatter format = new DataFormatter();
            List<Line> lines = new ArrayList<>();
            for (Row row : sheet) {
                Cell cell = row.getCell(0);
                String value = cell == null ? "" : format.formatCellValue(cell).strip();
                add(lines, row.getRowNum() + 1, value);
                if (row.getRowNum() > MAX_ROWS + 1) {
                    break;
                }
            }
            return lines;
        } catch (IOException | RuntimeException e) {
            throw new UserFacingException("session.import.unreadable");
        }
    }

    private static List<Line> csv(byte[] content) {
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new UserFacingException("session.import.unreadable");
        }
        if (text.indexOf('\0') >= 0) {
            throw new UserFacingException("session.import.unreadable");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String first = text.lines().findFirst().orElse("");
        char delimiter = first.indexOf(';') >= 0 && first.indexOf(',') < 0 ? ';' : ',';
        try {
            List<Line> lines = new ArrayList<>();
            int row = 0;
            for (CSVRecord record :
                    CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get().parse(new StringReader(text))) {
                row++;
                add(lines, row, record.size() == 0 ? "" : record.get(0).strip());
                if (row > MAX_ROWS + 1) {
                    break;
                }
            }
            return lines;
        } catch (IOException | RuntimeException e) {
            throw new UserFacingException("session.import.unreadable");
        }
    }

    private static void add(List<Line> lines, int row, String value) {
        if (value.isEmpty()) {
            return;
        }
        if (lines.isEmpty() && row == 1 && isHeading(value)) {
            return;
        }
        lines.add(new Line(row, value));
    }

    private static boolean isHeading(String value) {
        String folded = SearchText.fold(value);
        return folded.equals("ma can bo") || folded.equals("ma") || folded.equals("employee code");
    }
}
