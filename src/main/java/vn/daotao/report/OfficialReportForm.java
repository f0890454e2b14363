package vn.daotao.report;

import java.util.Arrays;
import java.util.List;
import vn.daotao.base.UserFacingException;

/**
 * What the unit head types for the official report: its number and symbol ("12/BC-VP"), the recipients
 * (one per line), and the signer's position and name. All optional: a blank one prints as a dotted line to
 * fill in by hand.
 */
public record OfficialReportForm(String number, String recipients, String signerPosition, String signerName)
        implements java.io.Serializable {

    public static final int MAX_FIELD = 200;
    public static final int MAX_RECIPIENTS = 20;

    public OfficialReportForm {
        number = clean(number);
        signerPosition = clean(signerPosition);
        signerName = clean(signerName);
        recipients = recipients == null ? "" : recipients.strip();
        if (number.length() > MAX_FIELD
                || signerPosition.length() > MAX_FIELD
                || signerName.length() > MAX_FIELD
                || recipientLines(recipients).stream().anyMatch(l -> l.length() > MAX_FIELD)) {
            throw new UserFacingException("report.official.error.tooLong", MAX_FIELD);
        }
        if (recipientLines(recipients).size() > MAX_RECIPIENTS) {
            throw new UserFacingException("report.official.error.recipients", MAX_RECIPIENTS);
        }
    }

    /** What prints where a field was left blank: a line to fill in by hand. */
    public static final String BLANK = "……………………";

    public static String orBlank(String value) {
        return value == null || value.isBlank() ? BLANK : value;
    }

    /** The recipients as typed, one per line, without a leading dash (the layout adds it). */
    public List<String> recipientList() {
        return recipientLines(recipients);
    }

    private static List<String> recipientLines(String text) {
        return Arrays.stream(text.split("\\R"))
                .map(l -> l.strip().replaceFirst("^[-–•+]\\s*", "").strip())
                .filter(l -> !l.isEmpty())
                .toList();
    }

    private static String clean(String value) {
        return value == null ? "" : value.strip().replaceAll("\\s+", " ");
    }
}
