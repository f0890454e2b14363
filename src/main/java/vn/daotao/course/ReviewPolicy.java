package vn.daotao.course;

/** What a learner sees after submitting a quiz. */
public enum ReviewPolicy {
    /** Passed or not, nothing more. */
    NONE,
    /** The score. */
    SCORE_ONLY,
    /** The score; answers and explanations once the quiz is passed. */
    AFTER_PASS,
    /** The score, answers and explanations after every attempt. */
    FULL;

    public boolean showsScore() {
        return this != NONE;
    }

    /** Whether the answers and explanations of an attempt, passed or not, may be shown. */
    public boolean showsAnswers(boolean passed) {
        return this == FULL || (this == AFTER_PASS && passed);
    }
}
