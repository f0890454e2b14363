package vn.daotao.course;

import java.util.Arrays;
import java.util.List;

/** The kinds of file admins may attach to a module, as recognised from their content. */
public enum AttachmentType {
    PDF("application/pdf", "pdf"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg"),
    MP4("video/mp4", "mp4"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private final String contentType;
    private final String extension;

    AttachmentType(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    /** For the browser's file chooser only; the server decides by content. */
    public static List<String> acceptedByBrowser() {
        return Arrays.stream(values())
                .flatMap(t -> t == JPEG
                        ? java.util.stream.Stream.of(t.contentType, ".jpg", ".jpeg")
                        : java.util.stream.Stream.of(t.contentType, "." + t.extension))
                .toList();
    }
}
