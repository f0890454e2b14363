package vn.daotao.course;

public record AttachmentFile(AttachmentInfo info, String sha256, byte[] content) {
}
