package vn.daotao.organisation;

/** A created account with its one-time password, shown to the admin once and never stored in clear. */
public record NewAccount(long id, String username, String oneTimePassword) {

    @Override
    public String toString() {
        return "NewAccount[" + id + ", " + username + "]";
    }
}
