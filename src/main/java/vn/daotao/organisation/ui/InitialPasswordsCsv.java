package vn.daotao.organisation.ui;

import com.vaadin.flow.component.Component;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import vn.daotao.organisation.ImportResult.InitialPassword;

/** The one-time list of first passwords after an import, as a CSV that spreadsheet programs open safely. */
final class InitialPasswordsCsv {

    private InitialPasswordsCsv() {}

    static byte[] write(List<InitialPassword> passwords, Component texts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
            writer.write('\uFEFF');
            csv.printRecord(
                    texts.getTranslation("people.col.code"),
                    texts.getTranslation("people.col.name"),
                    texts.getTranslation("people.col.username"),
                    texts.getTranslation("people.import.col.unit"),
                    texts.getTranslation("people.import.col.password"));
            for (InitialPassword p : passwords) {
                csv.printRecord(
                        safe(p.employeeCode()),
                        safe(p.fullName()),
                        safe(p.username()),
                        safe(p.unitCode()),
                        p.password());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A cell beginning with = + - @ would run as a formula in a spreadsheet: make it plain text. */
    static String safe(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value
                : value;
    }
}
