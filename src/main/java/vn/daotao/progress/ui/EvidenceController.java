package vn.daotao.progress.ui;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.daotao.base.web.Downloads;
import vn.daotao.progress.ManualRecordService;

/**
 * /files/evidence/{id}: a session's or exemption's evidence file, for admins and the unit heads whose units it
 * concerns (checked by the service; anything else is refused and audited as any refusal).
 */
@RestController
class EvidenceController {

    private final ManualRecordService records;

    EvidenceController(ManualRecordService records) {
        this.records = records;
    }

    @GetMapping("/files/evidence/{id}")
    ResponseEntity<Resource> evidence(@PathVariable long id) {
        var file = records.evidence(id).orElseThrow(() -> new AccessDeniedException("Evidence " + id));
        return Downloads.file(file.content(), file.contentType(), file.fileName(), false);
    }
}
