package vn.daotao.audit;

import java.time.Instant;

/**
 * The outcome of walking the record chain (completions, certificates, audit events): how many links were
 * checked, the hash of the last one (worth writing down: a chain recomputed from scratch after tampering
 * would end in another hash), and the first problem found, or null when everything matches. The walk
 * stops at the first problem, so then {@code links} counts the links found good before it.
 */
public record RecordChainReport(long links, String headHash, Broken firstBroken, Instant checkedAt) {

    public boolean intact() {
        return firstBroken == null;
    }

    /** What was found wrong first: a row changed, a row deleted, a link altered or missing, a row not chained. */
    public record Broken(long seq, String kind, long rowId, Problem problem) {}

    public enum Problem {
        /** The row's content no longer gives the hash recorded when it was linked. */
        ROW_CHANGED,
        /** The linked row is gone. */
        ROW_MISSING,
        /** A link's hash does not follow from the previous link (the chain itself was edited). */
        LINK_ALTERED,
        /** A link number is missing (a link was deleted). */
        LINK_MISSING,
        /**
         * A row (or a withdrawal, a revocation) that has no link: written behind the app's back, or its link
         * was cut from the chain's end.
         */
        ROW_NOT_CHAINED
    }
}
