package vn.daotao.course;

import java.io.InputStream;

/** A stored file ready to be served: its facts and a way to read it as a stream (opened once per response). */
public record AttachmentContent(AttachmentInfo info, StreamOpener opener) {

    public InputStream open() {
        return opener.open();
    }

    @FunctionalInterface
    public interface StreamOpener {
        InputStream open();
    }
}
