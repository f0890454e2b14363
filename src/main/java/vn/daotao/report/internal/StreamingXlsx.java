package vn.daotao.report.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A one-sheet XLSX written as it goes: the SpreadsheetML parts by hand into a ZIP stream, each row straight
 * into the sheet's XML. Nothing is kept per row (POI's streaming workbook keeps a window of rows and writes
 * them to a temporary file, then copies that file into the ZIP: more than twice the CSV's time). Text cells are
 * inline strings (never formulas), dates real dates in the Vietnamese day/month/year format, the header row bold
 * and frozen. Characters XML cannot carry (control characters) are left out rather than breaking the file.
 */
final class StreamingXlsx implements AutoCloseable {

    static final int TEXT = 0;
    static final int BOLD = 1;
    static final int DATE = 2;
    static final int DATE_TIME = 3;

    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    private final ZipOutputStream zip;
    private final Writer sheet;
    private int row;
    private int column;

    /** Starts the workbook; {@code widths} are the columns' widths in characters. */
    StreamingXlsx(OutputStream out, String sheetName, int[] widths) throws IOException {
        zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        zip.setLevel(Deflater.BEST_SPEED);
        part("[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                <Default Extension="xml" ContentType="application/xml"/>\
                <Override PartName="/xl/workbook.xml" \
                ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
                <Override PartName="/xl/worksheets/sheet1.xml" \
                ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
                <Override PartName="/xl/styles.xml" \
                ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
                </Types>""");
        part("_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" \
                Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
                Target="xl/workbook.xml"/></Relationships>""");
        part("xl/workbook.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
                xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
                <sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>""".formatted(escape(sheetName(sheetName))));
        part("xl/_rels/workbook.xml.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" \
                Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" \
                Target="worksheets/sheet1.xml"/>\
                <Relationship Id="rId2" \
                Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" \
                Target="styles.xml"/></Relationships>""");
        part("xl/styles.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
                <numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/>\
                <numFmt numFmtId="165" formatCode="dd/mm/yyyy hh:mm"/></numFmts>\
                <fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>\
                <font><b/><sz val="11"/><name val="Calibri"/></font></fonts>\
                <fills count="2"><fill><patternFill patternType="none"/></fill>\
                <fill><patternFill patternType="gray125"/></fill></fills>\
                <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
                <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
                <cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
                <xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>\
                <xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
                <xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>\
                </styleSheet>""");
        zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
        sheet = new BufferedWriter(
                new OutputStreamWriter(new NonClosingOutputStream(zip), StandardCharsets.UTF_8), 1 << 16);
        sheet.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\""
                + " state=\"frozen\"/></sheetView></sheetViews><cols>");
        for (int c = 0; c < widths.length; c++) {
            sheet.write("<col min=\"" + (c + 1) + "\" max=\"" + (c + 1) + "\" width=\"" + widths[c]
                    + "\" customWidth=\"1\"/>");
        }
        sheet.write("</cols><sheetData>");
    }

    /** Starts the next row. */
    void row() throws IOException {
        if (row > 0) {
            sheet.write("</row>");
        }
        row++;
        column = 0;
        sheet.write("<row r=\"" + row + "\">");
    }

    void text(String value, int style) throws IOException {
        String ref = ref();
        if (value == null || value.isEmpty()) {
            return;
        }
        sheet.write("<c r=\"" + ref + "\" t=\"inlineStr\"" + (style == TEXT ? "" : " s=\"" + style + "\"")
                + "><is><t xml:space=\"preserve\">");
        sheet.write(escape(value));
        sheet.write("</t></is></c>");
    }

    void number(double value) throws IOException {
        sheet.write("<c r=\"" + ref() + "\"><v>"
                + (value == Math.rint(value) && Math.abs(value) < 1e15
                        ? Long.toString((long) value)
                        : Double.toString(value))
                + "</v></c>");
    }

    void date(LocalDate date) throws IOException {
        sheet.write("<c r=\"" + ref() + "\" s=\"" + DATE + "\"><v>" + ChronoUnit.DAYS.between(EXCEL_EPOCH, date)
                + "</v></c>");
    }

    void dateTime(LocalDateTime at) throws IOException {
        double serial = ChronoUnit.DAYS.between(EXCEL_EPOCH, at.toLocalDate())
                + at.toLocalTime().toSecondOfDay() / 86_400.0;
        sheet.write("<c r=\"" + ref() + "\" s=\"" + DATE_TIME + "\"><v>" + serial + "</v></c>");
    }

    /** Leaves the next cell empty. */
    void skip() {
        column++;
    }

    @Override
    public void close() throws IOException {
        if (row > 0) {
            sheet.write("</row>");
        }
        sheet.write("</sheetData></worksheet>");
        sheet.flush();
        zip.closeEntry();
        zip.finish();
        zip.flush();
    }

    private String ref() {
        int c = column++;
        StringBuilder letters = new StringBuilder();
        for (int n = c + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.append(row).toString();
    }

    private void part(String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** Excel's rules for a sheet name: at most 31 characters, none of : \ / ? * [ ]. */
    static String sheetName(String name) {
        String clean = name.replaceAll("[:\\\\/?*\\[\\]]", " ").strip();
        clean = clean.isEmpty() ? "Sheet1" : clean;
        return clean.length() > 31 ? clean.substring(0, 31) : clean;
    }

    /** XML text: markup escaped, characters XML 1.0 cannot hold left out. */
    static String escape(String value) {
        StringBuilder out = null;
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            String replacement = switch (ch) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                default ->
                    ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r' || ch == 0xFFFE || ch == 0xFFFF ? "" : null;
            };
            if (replacement != null && out == null) {
                out = new StringBuilder(value.length() + 16).append(value, 0, i);
            }
            if (out != null) {
                if (replacement != null) {
                    out.append(replacement);
                } else {
                    out.append(ch);
                }
            }
        }
        return out == null ? value : out.toString();
    }
}
