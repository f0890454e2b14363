package vn.daotao.organisation;

/**
 * "The subtree of a unit", one definition for every query and check. Units keep a materialised path
 * ({@code /1/4/9/}, trailing slash included), so a unit's subtree is every unit whose path starts with its
 * own: itself included, and {@code /1/40/} is not under {@code /1/4/}. Written as a prefix {@code LIKE},
 * which the {@code text_pattern_ops} index on {@code unit.path} serves when the prefix is a bound value.
 * Each fragment comes in parentheses, so it can follow any keyword in a text block (whose trailing
 * spaces Java strips).
 */
public final class UnitSql {

    private UnitSql() {}

    /** SQL: the unit at {@code path} lies in the subtree rooted at {@code rootPath} (columns, expressions or parameters). */
    /**
     * Tree order for a list of units: each unit before its sub-units, siblings in the order they were made. (The
     * path as text would put /7/10/ before /7/8/.)
     */
    public static String treeOrder(String path) {
        return " string_to_array(btrim(" + path
                + ", '/'), '/')::bigint[]"; // leading space: text blocks drop trailing ones
    }

    public static String inSubtree(String path, String rootPath) {
        return "(" + path + " like " + rootPath + " || '%')";
    }

    /** SQL: the unit at {@code path} lies within the subtree given as {@code :scope} (null: everything). */
    public static String inScope(String path) {
        return "(cast(:scope as text) is null or " + inSubtree(path, "cast(:scope as text)") + ")";
    }

    /** The same rule in Java. */
    public static boolean isInSubtree(String path, String rootPath) {
        return path.startsWith(rootPath);
    }
}
