package vn.daotao.security;

/** The three roles. The constants are for {@code @RolesAllowed}, which needs compile-time strings. */
public enum Role {
    EMPLOYEE,
    UNIT_HEAD,
    ADMIN;

    public static final String UNIT_HEAD_NAME = "UNIT_HEAD";
    public static final String ADMIN_NAME = "ADMIN";

    public String authority() {
        return "ROLE_" + name();
    }
}
