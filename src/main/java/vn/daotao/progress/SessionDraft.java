package vn.daotao.progress;

import java.time.LocalDate;
import java.util.List;

/** A new in-person session as an admin or unit head enters it; {@code evidence} is optional. */
public record SessionDraft(
        long editionId,
        long unitId,
        String title,
        LocalDate heldOn,
        String place,
        List<Long> moduleIds,
        EvidenceUpload evidence) {

    public SessionDraft {
        moduleIds = moduleIds == null ? List.of() : List.copyOf(moduleIds);
    }
}
