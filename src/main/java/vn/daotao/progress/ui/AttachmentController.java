package vn.daotao.progress.ui;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.daotao.base.web.Downloads;
import vn.daotao.base.web.StreamedResource;
import vn.daotao.course.AttachmentContent;
import vn.daotao.progress.LearnerService;

/** /files/attachments/{id}: module files for those whose course contains them. PDFs open in the browser; the file streams from the database and Range requests read only their range. */
@RestController
class AttachmentController {

    private final LearnerService learner;

    AttachmentController(LearnerService learner) {
        this.learner = learner;
    }

    @GetMapping("/files/attachments/{id}")
    ResponseEntity<Resource> attachment(@PathVariable long id) {
        AttachmentContent file = learner.attachment(id);
        return Downloads.file(
                new StreamedResource(file.info().fileName(), file.info().sizeBytes(), file::open),
                file.info().contentType(),
                file.info().fileName(),
                false);
    }
}
