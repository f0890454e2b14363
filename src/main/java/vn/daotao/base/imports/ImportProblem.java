package vn.daotao.base.imports;

import java.util.List;

/** One thing wrong with a row of an imported file: a message key of the i18n bundle and its arguments. */
public record ImportProblem(String key, List<Object> args) {

    public ImportProblem {
        args = List.copyOf(args);
    }

    public static ImportProblem of(String key, Object... args) {
        return new ImportProblem(key, List.of(args));
    }
}
