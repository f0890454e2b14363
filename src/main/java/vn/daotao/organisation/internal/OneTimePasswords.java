package vn.daotao.organisation.internal;

import java.security.SecureRandom;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import vn.daotao.security.PasswordPolicy;

/**
 * Random passwords an admin hands over once. Groups of four from an alphabet without look-alikes
 * (0/O, 1/l/I), e.g. "k7Rm-xq4P-2bWz": about 68 bits of chance, easy to read out and type.
 */
@Component
public class OneTimePasswords {

    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();
    /**
     * For bulk imports only: bcrypt with a low work factor. Key stretching protects guessable
     * passwords; these are 68 random bits, replaced by the person at their first sign-in (which the
     * application encoder then hashes at full cost). Verification goes through the same "{bcrypt}" id.
     */
    private static final PasswordEncoder BULK = new BCryptPasswordEncoder(4);

    private final PasswordEncoder encoder;

    OneTimePasswords(PasswordEncoder encoder) {
        this.encoder = encoder;
    }

    public String generate(String username) {
        while (true) {
            StringBuilder password = new StringBuilder(14);
            for (int i = 0; i < 12; i++) {
                if (i > 0 && i % 4 == 0) {
                    password.append('-');
                }
                password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            String candidate = password.toString();
            if (PasswordPolicy.violations(username, candidate).isEmpty()) {
                return candidate;
            }
        }
    }

    public String hash(String password) {
        return encoder.encode(password);
    }

    /** A hash good for thousands of imported accounts in seconds (see {@link #BULK}). */
    public String bulkHash(String password) {
        return "{bcrypt}" + BULK.encode(password);
    }
}
