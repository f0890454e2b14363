package vn.daotao.security;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The sign-in's password check, taking as long for every account: a hash made at a lower bcrypt cost (the
 * one-time passwords of a bulk import, cost 4) is followed by a check against a full-cost hash, so that the
 * answer time does not tell such accounts apart from the others or from unknown names.
 */
final class EqualTimePasswordEncoder implements PasswordEncoder {

    private static final Pattern BCRYPT_COST = Pattern.compile("^\\{bcrypt}\\$2[abxy]?\\$(\\d\\d)\\$");

    private final PasswordEncoder delegate;
    private final String reference;
    private final int fullCost;

    EqualTimePasswordEncoder(PasswordEncoder delegate) {
        this.delegate = delegate;
        this.reference = delegate.encode("equal-time-reference");
        this.fullCost = cost(reference);
    }

    @Override
    public String encode(CharSequence raw) {
        return delegate.encode(raw);
    }

    @Override
    public boolean matches(CharSequence raw, String encoded) {
        boolean matches = delegate.matches(raw, encoded);
        if (encoded != null && cost(encoded) < fullCost) {
            delegate.matches(raw, reference);
        }
        return matches;
    }

    @Override
    public boolean upgradeEncoding(String encoded) {
        return delegate.upgradeEncoding(encoded);
    }

    private static int cost(String encoded) {
        Matcher m = BCRYPT_COST.matcher(encoded);
        return m.find() ? Integer.parseInt(m.group(1)) : Integer.MAX_VALUE;
    }
}
