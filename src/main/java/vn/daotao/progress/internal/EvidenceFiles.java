package vn.daotao.progress.internal;

import java.util.Optional;

/** Evidence files are PDF, PNG or JPEG, told by their first bytes (never by name), at most 10 MB. */
public final class EvidenceFiles {

    public static final int MAX_BYTES = vn.daotao.progress.EvidenceUpload.MAX_BYTES;

    private EvidenceFiles() {}

    public static Optional<String> contentType(byte[] c) {
        if (starts(c, '%', 'P', 'D', 'F', '-')) {
            return Optional.of("application/pdf");
        }
        if (starts(c, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of("image/png");
        }
        if (starts(c, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("image/jpeg");
        }
        return Optional.empty();
    }

    /** The last path segment, without control characters, at most 255 characters; "tep" if nothing is left. */
    public static String safeName(String name) {
        String n = name == null ? "" : name.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (n.length() > 255) {
            n = n.substring(n.length() - 255);
        }
        return n.isEmpty() ? "tep" : n;
    }

    private static boolean starts(byte[] content, int... magic) {
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
}
