package vn.daotao.progress;

import vn.daotao.organisation.UnitSql;

/**
 * One definition of the two rules about cycles (assignments) that several features' queries need:
 * which cycles reach a person, and the status of a cycle. Each returns a SQL fragment over the aliases it
 * is given, so every query keeps its own shape (and plan) and the rule itself is written once.
 */
public final class CycleSql {

    private CycleSql() {}

    /**
     * SQL: assignment {@code a}, whose target unit is joined as {@code targetUnit}, reaches a person whose
     * unit is {@code personUnit} (both aliases of {@code unit}): the unit itself, or one below it when the
     * assignment includes sub-units. A personal assignment ({@code a.user_id}) is matched by the caller.
     */
    public static String unitReaches(String a, String targetUnit, String personUnit) {
        return "(" + targetUnit + ".id = " + personUnit + ".id or (" + a + ".include_subunits and "
                + UnitSql.inSubtree(personUnit + ".path", targetUnit + ".path") + "))";
    }

    /**
     * SQL: the person {@code user} has started cycle {@code a} (opened a module of it, or had a module
     * carried over). A started or completed cycle belongs to the person for good, whatever their unit is now.
     */
    public static String started(String a, String user) {
        return "exists (select 1 from module_progress mp where mp.user_id = " + user + " and mp.assignment_id = " + a
                + ".id)";
    }

    /**
     * SQL: the {@link CycleStatus} of a cycle as text, given the kind of its standing (not withdrawn)
     * completion record or NULL ({@code completionKind}), whether it still
     * reaches the person (false once they moved out of the assigned unit), its due date and whether any
     * module was opened: a completion wins (exempt, in person, online), then moved, then overdue (the due date itself is not overdue),
     * then in progress, else not started. {@code today} is the caller's date expression or parameter. A
     * {@code reaches} that is NULL (SQL's unknown, e.g. {@code a.user_id = :u} on a unit assignment) counts
     * as false.
     */
    public static String status(String completionKind, String reaches, String dueDate, String started, String today) {
        return "case " + completionKind + " when 'EXEMPT' then 'EXEMPT' when 'IN_PERSON' then 'COMPLETED_IN_PERSON'"
                + " when 'ONLINE' then 'COMPLETED' else case when not coalesce(" + reaches
                + ", false) then 'MOVED' when "
                + dueDate + " < " + today + " then 'OVERDUE' when " + started
                + " then 'IN_PROGRESS' else 'NOT_STARTED' end end";
    }
}
