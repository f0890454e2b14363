package vn.daotao.organisation.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.daotao.base.UserFacingException;
import vn.daotao.base.text.SearchText;

/**
 * Reads a people/units file: CSV (UTF-8, comma or semicolon, BOM tolerated) or XLSX, recognised by its
 * content, never by its name. Each table (the CSV, or each XLSX sheet) is told apart by its header row.
 * Cells are text: a formula is never evaluated (its last saved value is read, or its text when the file
 * has none).
 */
public final class ImportFiles {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_ROWS = 20_000;

    public enum Kind {
        UNITS,
        PEOPLE
    }

    /** The columns, with their Vietnamese header (the template's) and the headers also understood. */
    public enum Column {
        UNIT_CODE(Kind.UNITS, true, "Mã đơn vị", "unit code", "code"),
        UNIT_NAME(Kind.UNITS, true, "Tên đơn vị", "unit name", "name"),
        PARENT_CODE(
                Kind.UNITS, true, "Mã đơn vị cấp trên", "ma don vi cha", "parent unit code", "parent code", "parent"),
        EMPLOYEE_CODE(Kind.PEOPLE, true, "Mã cán bộ", "ma nhan vien", "ma nv", "ma cb", "employee code"),
        FULL_NAME(Kind.PEOPLE, true, "Họ và tên", "ho ten", "full name", "name"),
        USERNAME(Kind.PEOPLE, false, "Tên đăng nhập", "username", "user name", "login"),
        EMAIL(Kind.PEOPLE, false, "Email", "thu dien tu", "e mail"),
        PERSON_UNIT(Kind.PEOPLE, true, "Mã đơn vị", "unit code", "unit"),
        ROLES(Kind.PEOPLE, false, "Vai trò", "roles", "role");

        private final Kind kind;
        private final boolean required;
        private final String header;
        private final List<String> aliases;

        Column(Kind kind, boolean required, String header, String... aliases) {
            this.kind = kind;
            this.required = required;
            this.header = header;
            List<String> all = new ArrayList<>();
            all.add(normalise(header));
            all.addAll(List.of(aliases));
            this.aliases = List.copyOf(all);
        }

        public String header() {
            return header;
        }

        public static List<Column> of(Kind kind) {
            return java.util.Arrays.stream(values()).filter(c -> c.kind == kind).toList();
        }
    }

    /** One data row; {@code row} is the number a spreadsheet shows (the header is row 1). */
    public record Line(String sheet, int row, Map<Column, String> values) {

        public String get(Column column) {
            String v = values.get(column);
            return v == null || v.isBlank() ? null : v.strip();
        }
    }

    public record Table(Kind kind, String sheet, List<Line> lines) {}

    private ImportFiles() {}

    /** Throws a UserFacingException for a file that cannot be read as a whole (type, size, headers). */
    public static List<Table> read(byte[] content) {
        if (content == null || content.length == 0) {
            throw new UserFacingException("people.import.error.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new UserFacingException("people.import.error.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        if (startsWith(content, 0x50, 0x4B, 0x03, 0x04)) {
            return readXlsx(content);
        }
        if (startsWith(content, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw new UserFacingException("people.import.error.xls");
        }
        return List.of(readCsv(content));
    }

    static Table readCsv(byte[] content) {
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new UserFacingException("people.import.error.notText");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.indexOf('\0') >= 0 || text.startsWith("%PDF")) {
            throw new UserFacingException("people.import.error.notText");
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiter)
                .setIgnoreSurroundingSpaces(true)
                .setIgnoreEmptyLines(false)
                .get();
        List<List<String>> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                if (rows.size() > MAX_ROWS + 1) {
                    throw new UserFacingException("people.import.error.tooManyRows", MAX_ROWS);
                }
                rows.add(record.toList());
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            // the parser's own words are English and technical: say where, in Vietnamese
            java.util.regex.Matcher line =
                    java.util.regex.Pattern.compile("line:? ([0-9][0-9,.]*)").matcher(String.valueOf(e.getMessage()));
            throw line.find()
                    ? new UserFacingException(
                            "people.import.error.csvLine",
                            Integer.parseInt(line.group(1).replaceAll("[,.]", "")))
                    : new UserFacingException("people.import.error.csv");
        }
        Table table = table("CSV", rows, true);
        if (table == null) {
            throw new UserFacingException("people.import.error.headers");
        }
        return table;
    }

    static List<Table> readXlsx(byte[] content) {
        // Refuse zip bombs: a part may not inflate beyond 100 times its compressed size.
        ZipSecureFile.setMinInflateRatio(0.01);
        List<Table> tables = new ArrayList<>();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            for (Sheet sheet : workbook) {
                if (sheet.getLastRowNum() > MAX_ROWS + 1) {
                    throw new UserFacingException("people.import.error.tooManyRows", MAX_ROWS);
                }
                List<List<String>> rows = new ArrayList<>();
                for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    List<String> cells = new ArrayList<>();
                    if (row != null) {
                        for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                            cells.add(text(row.getCell(c), formatter));
                        }
                    }
                    rows.add(cells);
                }
                Table table = table(sheet.getSheetName(), rows, false);
                if (table != null) {
                    tables.add(table);
                }
            }
        } catch (UserFacingException e) {
            throw e;
        } catch (Exception | OutOfMemoryError e) {
            throw new UserFacingException("people.import.error.xlsx");
        }
        if (tables.isEmpty()) {
            throw new UserFacingException("people.import.error.headers");
        }
        // Units first, so that people may be placed in units created by the same file.
        tables.sort(java.util.Comparator.comparing(Table::kind));
        return tables;
    }

    /** A cell as text, never evaluating a formula. */
    static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() != CellType.FORMULA) {
            return formatter.formatCellValue(cell);
        }
        // The value the spreadsheet program saved with the formula; without one, the formula's own text.
        if (cell instanceof org.apache.poi.xssf.usermodel.XSSFCell x
                && !x.getCTCell().isSetV()) {
            return "=" + cell.getCellFormula();
        }
        return switch (cell.getCachedFormulaResultType()) {
            case STRING -> cell.getRichStringCellValue().getString();
            case NUMERIC ->
                formatter.formatRawCellContents(
                        cell.getNumericCellValue(),
                        cell.getCellStyle().getDataFormat(),
                        cell.getCellStyle().getDataFormatString());
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            default -> "=" + cell.getCellFormula();
        };
    }

    /** The table under a recognised header row, or null when the header is not one of ours. */
    private static Table table(String sheet, List<List<String>> rows, boolean mustKnow) {
        if (rows.isEmpty()) {
            return null;
        }
        List<String> header =
                rows.getFirst().stream().map(ImportFiles::normalise).toList();
        Kind kind = header.contains(normalise(Column.FULL_NAME.header))
                        || header.contains("full name")
                        || header.contains("ho ten")
                ? Kind.PEOPLE
                : header.contains(normalise(Column.UNIT_NAME.header)) || header.contains("unit name")
                        ? Kind.UNITS
                        : null;
        if (kind == null) {
            return null;
        }
        Map<Column, Integer> positions = new EnumMap<>(Column.class);
        for (Column column : Column.of(kind)) {
            for (int i = 0; i < header.size() && !positions.containsKey(column); i++) {
                if (column.aliases.contains(header.get(i)) && !positions.containsValue(i)) {
                    positions.put(column, i);
                }
            }
        }
        List<String> missing = Column.of(kind).stream()
                .filter(c -> c.required && !positions.containsKey(c))
                .map(Column::header)
                .toList();
        if (!missing.isEmpty()) {
            throw new UserFacingException("people.import.error.missingColumns", sheet, String.join(", ", missing));
        }
        List<Line> lines = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> cells = rows.get(r);
            if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
                continue;
            }
            Map<Column, String> values = new LinkedHashMap<>();
            positions.forEach((column, i) -> values.put(column, i < cells.size() ? cells.get(i) : ""));
            lines.add(new Line(sheet, r + 1, values));
        }
        if (lines.size() > MAX_ROWS) {
            throw new UserFacingException("people.import.error.tooManyRows", MAX_ROWS);
        }
        return new Table(kind, sheet, lines);
    }

    /** "Mã đơn vị (*)" and "ma_don_vi" both become "ma don vi". */
    static String normalise(String header) {
        return SearchText.fold(header == null ? "" : header.replace("\uFEFF", ""))
                .replaceAll("\\(.*?\\)", " ")
                .replaceAll("[^a-z0-9]+", " ")
                .strip();
    }

    private static boolean startsWith(byte[] content, int... magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((content[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(ch -> ch == c).count();
    }
}
