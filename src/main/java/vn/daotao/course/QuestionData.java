package vn.daotao.course;

import java.util.List;

/** A question as an admin writes it (form or import row): options in order, with the correct ones marked. */
public record QuestionData(QuestionKind kind, String text, String explanation, List<OptionData> options) {

    public QuestionData {
        text = text == null ? "" : text.strip();
        explanation = explanation == null ? "" : explanation.strip();
        options = options == null ? List.of() : List.copyOf(options);
    }

    public record OptionData(String text, boolean correct) {
        public OptionData {
            text = text == null ? "" : text.strip();
        }
    }
}
