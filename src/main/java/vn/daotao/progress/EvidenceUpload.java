package vn.daotao.progress;

/** A file uploaded as evidence (signed attendance sheet, approval letter): PDF, PNG or JPEG, checked by content. */
public record EvidenceUpload(String fileName, byte[] content) {

    /** At most 10 MB. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    /** What the file chooser offers (a hint: the service checks the content). */
    public static final String[] ACCEPTED = {
        ".pdf", ".png", ".jpg", ".jpeg", "application/pdf", "image/png", "image/jpeg"
    };

    public EvidenceUpload {
        content = content == null ? new byte[0] : content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
