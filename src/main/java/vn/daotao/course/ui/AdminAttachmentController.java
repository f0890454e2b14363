package vn.daotao.course.ui;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.daotao.base.web.Downloads;
import vn.daotao.base.web.StreamedResource;
import vn.daotao.course.AttachmentContent;
import vn.daotao.course.AttachmentService;

/**
 * /files/admin/attachments/{id}: any attachment, draft ones included, for admins to preview. The
 * content streams from the database in chunks; HTTP Range requests (video seeking) read only their range.
 */
@RestController
class AdminAttachmentController {

    static final String PATH = "files/admin/attachments/";
    private final AttachmentService attachments;

    AdminAttachmentController(AttachmentService attachments) {
        this.attachments = attachments;
    }

    @GetMapping("/" + PATH + "{id}")
    ResponseEntity<Resource> attachment(@PathVariable long id) {
        AttachmentContent file = attachments.content(id);
        return Downloads.file(
                new StreamedResource(file.info().fileName(), file.info().sizeBytes(), file::open),
                file.info().contentType(),
                file.info().fileName(),
                false);
    }
}
