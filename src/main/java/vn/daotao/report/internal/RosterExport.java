package vn.daotao.report.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.daotao.base.TimeConfiguration;
import vn.daotao.report.ComparisonLabels;
import vn.daotao.report.ExportLabels;
import vn.daotao.report.PeriodComparison;
import vn.daotao.report.RosterRow;

/**
 * Writes roster rows as CSV or XLSX while they stream from the database: memory stays flat however
 * many rows there are. Text that a spreadsheet would run as a formula is neutralised.
 */
public final class RosterExport {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(TimeConfiguration.ZONE);

    private RosterExport() {}

    /** Prefixes a quote to cells starting with = + - @ tab or CR, so Excel and LibreOffice show them as text. */
    public static String neutralise(String value) {
        if (value == null || value.isEmpty()) {
            return value == null ? "" : value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value
                : value;
    }

    /**
     * The columns of the people grid, in its order, after the row number (STT). {@code text} guards the
     * free-text cells: CSV needs {@link #neutralise}; an XLSX string cell is text and never a formula, so it
     * gets the value as it is (no visible apostrophe).
     */
    static List<String> cells(
            int number, RosterRow r, ExportLabels labels, java.util.function.UnaryOperator<String> text) {
        return List.of(
                String.valueOf(number),
                text.apply(r.fullName()),
                text.apply(r.employeeCode()),
                text.apply(r.unitName()),
                labels.status().apply(r),
                r.modulesDone() + "/" + r.moduleCount(),
                r.score() == null
                        ? ""
                        : r.score().stripTrailingZeros().toPlainString().replace('.', ','),
                r.completedAt() == null ? "" : DATE_TIME.format(r.completedAt()),
                r.dueDate() == null ? "" : DATE.format(r.dueDate()));
    }

    private static final int SCORE = 6;
    private static final int COMPLETED = 7;
    private static final int DUE = 8;

    /** UTF-8 with a byte-order mark, so Excel opens Vietnamese text correctly. */
    public static void csv(OutputStream out, ExportLabels labels, Consumer<Consumer<RosterRow>> rows) {
        try {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter csv = new CSVPrinter(writer, CSVFormat.EXCEL);
            csv.printRecord(labels.headers());
            int[] number = {0};
            rows.accept(row -> {
                try {
                    csv.printRecord(cells(++number[0], row, labels, RosterExport::neutralise));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("CSV export failed", e);
        }
    }

    /**
     * Written as it goes ({@link StreamingXlsx}): nothing per row stays in memory, and no temporary file. The row
     * number, score and dates are real numbers and dates; the other cells text.
     */
    public static void xlsx(
            OutputStream out, String sheetName, ExportLabels labels, Consumer<Consumer<RosterRow>> rows) {
        int[] widths = new int[labels.headers().size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = c == 0 ? 8 : c == 1 || c == 3 ? 32 : 16;
        }
        try (StreamingXlsx xlsx = new StreamingXlsx(out, sheetName, widths)) {
            xlsx.row();
            for (String heading : labels.headers()) {
                xlsx.text(heading, StreamingXlsx.BOLD);
            }
            int[] next = {1};
            rows.accept(row -> {
                try {
                    int number = next[0]++;
                    List<String> values = cells(number, row, labels, v -> v == null ? "" : v);
                    xlsx.row();
                    xlsx.number(number);
                    for (int c = 1; c < values.size(); c++) {
                        if (c == SCORE && row.score() != null) {
                            xlsx.number(row.score().doubleValue());
                        } else if (c == COMPLETED && row.completedAt() != null) {
                            xlsx.dateTime(java.time.LocalDateTime.ofInstant(row.completedAt(), TimeConfiguration.ZONE));
                        } else if (c == DUE && row.dueDate() != null) {
                            xlsx.date(row.dueDate());
                        } else {
                            xlsx.text(values.get(c), StreamingXlsx.TEXT);
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("XLSX export failed", e);
        }
    }

    /**
     * The cells of a comparison line: unit, then assigned, completed, percentage per period, then the change;
     * the unit's name guarded as {@code text} says (CSV only, see {@link #cells}).
     */
    static List<Object> comparisonCells(
            PeriodComparison row, ComparisonLabels labels, java.util.function.UnaryOperator<String> text) {
        return List.of(
                text.apply(row.unitName() == null ? labels.directMembers() : row.unitName()),
                row.before().assigned(),
                row.before().completed(),
                row.before().percentComplete(),
                row.current().assigned(),
                row.current().completed(),
                row.current().percentComplete(),
                row.change());
    }

    private static List<PeriodComparison> withTotal(List<PeriodComparison> rows, ComparisonLabels labels) {
        List<PeriodComparison> all = new java.util.ArrayList<>(rows);
        all.add(PeriodComparison.total(rows, labels.total()));
        return all;
    }

    public static void comparisonCsv(OutputStream out, ComparisonLabels labels, List<PeriodComparison> rows) {
        try {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter csv = new CSVPrinter(writer, CSVFormat.EXCEL);
            csv.printRecord(labels.headers());
            for (PeriodComparison row : withTotal(rows, labels)) {
                csv.printRecord(comparisonCells(row, labels, RosterExport::neutralise).stream()
                        .map(v -> v instanceof BigDecimal d
                                ? d.stripTrailingZeros().toPlainString().replace('.', ',')
                                : String.valueOf(v))
                        .toList());
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("CSV export failed", e);
        }
    }

    public static void comparisonXlsx(OutputStream out, ComparisonLabels labels, List<PeriodComparison> rows) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet(labels.sheetName());
            var bold = workbook.createFont();
            bold.setBold(true);
            var headerStyle = workbook.createCellStyle();
            headerStyle.setFont(bold);
            headerStyle.setWrapText(true);
            Row header = sheet.createRow(0);
            for (int c = 0; c < labels.headers().size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(labels.headers().get(c));
                cell.setCellStyle(headerStyle);
            }
            int next = 1;
            for (PeriodComparison row : withTotal(rows, labels)) {
                Row line = sheet.createRow(next++);
                List<Object> values = comparisonCells(row, labels, v -> v);
                for (int c = 0; c < values.size(); c++) {
                    Object v = values.get(c);
                    Cell cell = line.createCell(c);
                    if (v instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else {
                        cell.setCellValue(String.valueOf(v));
                    }
                }
            }
            sheet.createFreezePane(1, 1);
            sheet.setColumnWidth(0, 36 * 256);
            for (int c = 1; c < labels.headers().size(); c++) {
                sheet.setColumnWidth(c, 16 * 256);
            }
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException("XLSX export failed", e);
        }
    }
}
