package vn.daotao.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.function.BiConsumer;

/**
 * An upload of one file held in memory, with our texts: the file (name and bytes) reaches {@code received}
 * on the page's own thread, and removing it from the list calls {@code removed}. What the file is, is
 * decided by the service from its content, never from the types accepted here (a browser hint only).
 */
public final class SingleFileUpload {

    private SingleFileUpload() {}

    public static Upload of(
            Component owner,
            String id,
            int maxBytes,
            BiConsumer<String, byte[]> received,
            Runnable removed,
            String... acceptedTypes) {
        UI ui = UI.getCurrent();
        Upload upload = new Upload(
                UploadHandler.inMemory((meta, bytes) -> ui.access(() -> received.accept(meta.fileName(), bytes))));
        upload.setId(id);
        upload.setMaxFiles(1);
        upload.setMaxFileSize(maxBytes);
        upload.setAcceptedFileTypes(acceptedTypes);
        upload.setI18n(UploadTexts.of(owner));
        upload.addFileRemovedListener(e -> removed.run());
        return upload;
    }
}
