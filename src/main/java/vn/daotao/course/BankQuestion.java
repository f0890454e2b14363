package vn.daotao.course;

import java.util.List;

/** A question of a module's bank with its options in authoring order. Server-side only: it holds the key. */
public record BankQuestion(
        long id, int position, QuestionKind kind, String text, String explanation, List<BankOption> options) {

    public BankQuestion {
        options = List.copyOf(options);
    }

    public record BankOption(long id, String text, boolean correct) {}
}
