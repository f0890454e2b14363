package vn.daotao.course;

import java.io.Serial;
import java.util.List;
import vn.daotao.base.UserFacingException;

/** A question or settings form with problems; each problem is an i18n key, the first one is the message. */
public class InvalidQuestionException extends UserFacingException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public InvalidQuestionException(List<String> problems) {
        super(problems.getFirst());
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
