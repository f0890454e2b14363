package vn.daotao.course;

import java.util.List;

/** One thing wrong with an import row: an i18n key and the values its message names. */
public record ImportProblem(String key, List<String> args) {

    public ImportProblem {
        args = List.copyOf(args);
    }

    public static ImportProblem of(String key, String... args) {
        return new ImportProblem(key, List.of(args));
    }
}
