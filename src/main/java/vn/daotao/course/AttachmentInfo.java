package vn.daotao.course;

public record AttachmentInfo(long id, long moduleId, String fileName, String contentType, long sizeBytes) {}
