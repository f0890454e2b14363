package vn.daotao.certificate;

/** Serials read PREFIX-YYYY-NNNNNN (more digits past 999999), numbered from 1 per prefix and year. */
public final class SerialNumbers {

    private SerialNumbers() {}

    public static String format(String prefix, int year, long number) {
        if (number < 1) {
            throw new IllegalArgumentException("Serial number out of range: " + number);
        }
        return "%s-%04d-%06d".formatted(prefix, year, number);
    }
}
