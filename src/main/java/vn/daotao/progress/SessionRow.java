package vn.daotao.progress;

import java.time.LocalDate;

/** An in-person session as listed: what, when, where, for which course edition and unit, and how many attended. */
public record SessionRow(
        long id,
        String title,
        LocalDate heldOn,
        String place,
        long editionId,
        String courseTitle,
        int editionNo,
        long unitId,
        String unitName,
        Long evidenceId,
        String evidenceName,
        /* positions of the modules it covers, e.g. "1, 2" */
        String modules,
        int attendees) {}
