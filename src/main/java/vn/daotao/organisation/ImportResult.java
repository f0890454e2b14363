package vn.daotao.organisation;

import java.util.List;
import vn.daotao.base.imports.ImportReport;

/** A finished import with the one-time passwords of the accounts it created (shown once, stored nowhere). */
public record ImportResult(ImportReport report, List<InitialPassword> passwords) {

    public ImportResult {
        passwords = List.copyOf(passwords);
    }

    /** A created account's first password. */
    public record InitialPassword(
            String employeeCode, String fullName, String username, String unitCode, String password) {

        @Override
        public String toString() {
            return "InitialPassword[" + username + "]";
        }
    }
}
