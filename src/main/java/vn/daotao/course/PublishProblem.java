package vn.daotao.course;

import java.util.List;

/** Why a draft cannot be published yet: an i18n key and its arguments. */
public record PublishProblem(String key, List<Object> args) {

    public PublishProblem {
        args = List.copyOf(args);
    }

    public Object[] argArray() {
        return args.toArray();
    }
}
