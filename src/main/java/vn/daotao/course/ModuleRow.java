package vn.daotao.course;

/** A module as the course editor lists it, with what it holds. */
public record ModuleRow(
        long id,
        long editionId,
        int position,
        String title,
        String summary,
        int sections,
        int activeQuestions,
        int questionsPerAttempt,
        int attachments) {}
