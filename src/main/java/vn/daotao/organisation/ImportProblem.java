package vn.daotao.organisation;

import java.util.List;

/** One problem of an import row, as an i18n key with its arguments. */
public record ImportProblem(String key, List<Object> args) {

    public ImportProblem {
        args = List.copyOf(args);
    }

    public static ImportProblem of(String key, Object... args) {
        return new ImportProblem(key, List.of(args));
    }
}
