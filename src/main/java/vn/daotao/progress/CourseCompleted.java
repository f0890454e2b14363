package vn.daotao.progress;

import java.time.Instant;

/** The last module of a course was passed: published in the transaction that recorded the quiz. */
public record CourseCompleted(long completionId, long userId, long assignmentId, long editionId, Instant completedAt) {}
