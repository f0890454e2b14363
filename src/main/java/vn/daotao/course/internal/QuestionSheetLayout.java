package vn.daotao.course.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.daotao.base.imports.ImportProblem;
import vn.daotao.base.text.SearchText;
import vn.daotao.course.QuestionData;
import vn.daotao.course.QuestionKind;
import vn.daotao.course.QuestionRules;

/**
 * The import's column layout (documented in the README): type, question, correct answer(s),
 * explanation, then options A to H. One row is one question.
 */
public final class QuestionSheetLayout {

    public static final List<String> HEADERS = List.of(
            "Loại câu hỏi",
            "Nội dung câu hỏi",
            "Đáp án đúng",
            "Giải thích",
            "Phương án A",
            "Phương án B",
            "Phương án C",
            "Phương án D",
            "Phương án E",
            "Phương án F",
            "Phương án G",
            "Phương án H");
    static final int KIND = 0;
    static final int TEXT = 1;
    static final int ANSWER = 2;
    static final int EXPLANATION = 3;
    static final int FIRST_OPTION = 4;
    static final String TRUE_TEXT = "Đúng";
    static final String FALSE_TEXT = "Sai";

    private static final Map<String, QuestionKind> KINDS = Map.ofEntries(
            Map.entry("single", QuestionKind.SINGLE), Map.entry("mot lua chon", QuestionKind.SINGLE),
            Map.entry("multiple", QuestionKind.MULTIPLE), Map.entry("nhieu lua chon", QuestionKind.MULTIPLE),
            Map.entry("true_false", QuestionKind.TRUE_FALSE), Map.entry("true/false", QuestionKind.TRUE_FALSE),
            Map.entry("truefalse", QuestionKind.TRUE_FALSE), Map.entry("true false", QuestionKind.TRUE_FALSE),
            Map.entry("dung/sai", QuestionKind.TRUE_FALSE), Map.entry("dung sai", QuestionKind.TRUE_FALSE));

    private QuestionSheetLayout() {}

    /** A row turned into a question and everything wrong with it (empty when it can be imported). */
    public record Parsed(QuestionData question, List<ImportProblem> problems) {}

    /** The header row: the first cell must name the type column, so a file without a header is not misread. */
    public static List<ImportProblem> headerProblems(SheetRow header) {
        String first = SearchText.fold(header.cell(KIND));
        return first.startsWith("loai") || first.startsWith("type") || first.startsWith("kind")
                ? List.of()
                : List.of(ImportProblem.of("questionImport.error.header"));
    }

    public static Parsed parse(SheetRow row) {
        List<ImportProblem> problems = new ArrayList<>();
        String kindCell = row.cell(KIND).strip();
        QuestionKind kind = KINDS.get(SearchText.fold(kindCell).replace('-', '_'));
        if (kind == null) {
            problems.add(
                    kindCell.isEmpty()
                            ? ImportProblem.of("questionImport.error.kind.missing")
                            : ImportProblem.of("questionImport.error.kind.unknown", shorten(kindCell)));
        }

        List<String> optionCells = new ArrayList<>();
        for (int c = FIRST_OPTION; c < row.cells().size(); c++) {
            optionCells.add(row.cell(c).strip());
        }
        while (!optionCells.isEmpty() && optionCells.getLast().isEmpty()) {
            optionCells.removeLast();
        }
        if (kind == QuestionKind.TRUE_FALSE && optionCells.isEmpty()) {
            optionCells = new ArrayList<>(List.of(TRUE_TEXT, FALSE_TEXT));
        }
        for (int i = 0; i < optionCells.size(); i++) {
            if (optionCells.get(i).isEmpty()) {
                problems.add(ImportProblem.of("questionImport.error.option.gap", letter(i)));
            }
        }

        Set<Integer> correct = new LinkedHashSet<>();
        String answer = row.cell(ANSWER).strip();
        for (String token : answer.split("[,;\\s]+")) {
            if (token.isEmpty()) {
                continue;
            }
            int index = answerIndex(token, kind, optionCells);
            if (index < 0) {
                problems.add(ImportProblem.of("questionImport.error.answer.ref", shorten(token)));
            } else if (index >= optionCells.size() || optionCells.get(index).isEmpty()) {
                problems.add(ImportProblem.of("questionImport.error.answer.empty", letter(index)));
            } else {
                correct.add(index);
            }
        }
        List<QuestionData.OptionData> options = new ArrayList<>();
        for (int i = 0; i < optionCells.size(); i++) {
            if (!optionCells.get(i).isEmpty()) {
                options.add(new QuestionData.OptionData(optionCells.get(i), correct.contains(i)));
            }
        }
        QuestionData question = new QuestionData(kind, row.cell(TEXT), row.cell(EXPLANATION), options);
        for (String key : QuestionRules.problems(question)) {
            if (!key.equals("question.error.kind")
                    && !(key.equals("question.error.correct.none") && !answer.isEmpty())) {
                problems.add(ImportProblem.of(key));
            }
        }
        return new Parsed(question, problems);
    }

    /** "A".."H" (any case); for true/false also the words Đúng / Sai / True / False. -1 when it is no answer. */
    private static int answerIndex(String token, QuestionKind kind, List<String> options) {
        String folded = SearchText.fold(token);
        if (folded.length() == 1 && folded.charAt(0) >= 'a' && folded.charAt(0) <= 'h') {
            return folded.charAt(0) - 'a';
        }
        if (kind == QuestionKind.TRUE_FALSE) {
            for (int i = 0; i < options.size(); i++) {
                if (SearchText.fold(options.get(i)).equals(folded)) {
                    return i;
                }
            }
            if (folded.equals("true") || folded.equals("dung")) {
                return 0;
            }
            if (folded.equals("false") || folded.equals("sai")) {
                return 1;
            }
        }
        return -1;
    }

    static String letter(int index) {
        return String.valueOf((char) ('A' + index));
    }

    private static String shorten(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
