package vn.daotao.course;

public enum QuestionKind {
    SINGLE,
    MULTIPLE,
    TRUE_FALSE;

    /** Single choice and true/false take exactly one option. */
    public boolean singleAnswer() {
        return this != MULTIPLE;
    }
}
