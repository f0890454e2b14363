package vn.daotao.progress;

/** A file uploaded as evidence (signed attendance sheet, approval letter): PDF, PNG or JPEG, checked by content. */
public record EvidenceUpload(String fileName, byte[] content) {

    public EvidenceUpload {
        content = content == null ? new byte[0] : content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
