package vn.daotao.course;

import java.util.List;

/** A bank question as the admin sees it, active or not, with the correct options marked. */
public record QuestionRow(
        long id,
        int position,
        QuestionKind kind,
        String text,
        String explanation,
        boolean active,
        List<QuestionData.OptionData> options) {

    public QuestionRow {
        options = List.copyOf(options);
    }

    public QuestionData data() {
        return new QuestionData(kind, text, explanation, options);
    }
}
