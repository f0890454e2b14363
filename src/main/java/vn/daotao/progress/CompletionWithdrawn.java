package vn.daotao.progress;

/**
 * A completion an admin withdrew (a manual record entered by mistake, or a completion whose in-person
 * attendance was withdrawn): its certificate, if any, is revoked in the same transaction.
 */
public record CompletionWithdrawn(long completionId, String reason) {}
