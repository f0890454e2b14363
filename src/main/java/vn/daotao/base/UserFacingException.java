package vn.daotao.base;

import java.io.Serial;

/**
 * A refusal the person can act on ("no attempts left", "time is up"). Carries an i18n key, so the
 * view shows it in the person's language; it is not an error to log.
 */
public class UserFacingException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient Object[] args;

    public UserFacingException(String messageKey, Object... args) {
        super(messageKey);
        this.args = args.clone();
    }

    public String messageKey() {
        return getMessage();
    }

    public Object[] args() {
        return args.clone();
    }
}
