package vn.daotao.base.ui;

/** Who is signed in, as the app frame shows it. */
public record UserBadge(String fullName, String unitName) {}
