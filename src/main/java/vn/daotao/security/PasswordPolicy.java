package vn.daotao.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The one password rule, checked wherever a password is set: at least 10 characters, not the user
 * name, not one of the passwords everyone tries first. Returns i18n keys of what is wrong.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    private static final Set<String> COMMON = Set.of(
            "1234567890",
            "12345678910",
            "0123456789",
            "password123",
            "password1234",
            "matkhau123",
            "matkhau1234",
            "qwertyuiop",
            "1qaz2wsx3edc",
            "abc1234567",
            "admin12345",
            "administrator",
            "iloveyou123",
            "vietnam123",
            "vietnam1234",
            "123456789a",
            "a123456789",
            "demo12345",
            "11111111111",
            "0000000000",
            "123123123123",
            "qwerty12345");

    private PasswordPolicy() {}

    public static List<String> violations(String username, String password) {
        List<String> problems = new ArrayList<>();
        String p = password == null ? "" : password;
        if (p.codePointCount(0, p.length()) < MIN_LENGTH) {
            problems.add("password.error.short");
        }
        if (username != null && p.trim().equalsIgnoreCase(username.trim())) {
            problems.add("password.error.username");
        }
        if (COMMON.contains(p.toLowerCase(Locale.ROOT))) {
            problems.add("password.error.common");
        }
        return problems;
    }
}
