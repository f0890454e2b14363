package vn.daotao.quiz;

/** What opening an attempt shows: the questions while it runs, or its result once it is submitted. */
public sealed interface OpenedAttempt permits RunningAttempt, AttemptResult {

    String moduleTitle();
}
