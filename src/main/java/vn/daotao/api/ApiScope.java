package vn.daotao.api;

import java.util.Arrays;
import java.util.Optional;

/** What a token may do; granted as the authority {@code SCOPE_<name>}. */
public enum ApiScope {
    /** units and people: lists and one by code */
    READ_PEOPLE("read:people"),
    /** units and people: create or update by code, with the people import's rules */
    WRITE_PEOPLE("write:people"),
    /** assignments, completions, certificates (and their PDF), the completions export, verification by code */
    READ_RECORDS("read:records");

    private final String value;

    ApiScope(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    public String authority() {
        return "SCOPE_" + value;
    }

    public static Optional<ApiScope> of(String value) {
        return Arrays.stream(values()).filter(s -> s.value.equals(value)).findFirst();
    }
}
