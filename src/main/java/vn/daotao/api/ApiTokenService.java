package vn.daotao.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.daotao.api.internal.ApiTokenStore;
import vn.daotao.audit.AuditAction;
import vn.daotao.audit.AuditLog;
import vn.daotao.audit.AuditTarget;
import vn.daotao.base.TimeConfiguration;
import vn.daotao.base.UserFacingException;
import vn.daotao.security.CurrentUser;

/**
 * API tokens: an administrator makes one (a name, its scopes, an expiry within two years) and sees its secret once;
 * only its SHA-256 is kept. Revoking one takes effect on its next call. Both are audited, never with the secret.
 */
@Service
public class ApiTokenService {

    /** "dt_" and 40 characters of base64url: 240 random bits. */
    private static final String PREFIX = "dt_";

    private static final int MAX_DAYS = 731;

    private final ApiTokenStore store;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiTokenService(ApiTokenStore store, CurrentUser currentUser, AuditLog audit, Clock clock) {
        this.store = store;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** The new token and its secret, which is never shown again. */
    public record Created(ApiTokenRow token, String secret) {}

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Created create(String name, List<ApiScope> scopes, LocalDate expiresOn) {
        long me = currentUser.require().id();
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > 100) {
            throw new UserFacingException("api.tokens.error.name");
        }
        if (scopes == null || scopes.isEmpty()) {
            throw new UserFacingException("api.tokens.error.scopes");
        }
        LocalDate today = LocalDate.now(clock.withZone(TimeConfiguration.ZONE));
        if (expiresOn == null || !expiresOn.isAfter(today) || expiresOn.isAfter(today.plusDays(MAX_DAYS))) {
            throw new UserFacingException("api.tokens.error.expiry");
        }
        byte[] bytes = new byte[30];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        List<ApiScope> kept = scopes.stream().distinct().sorted().toList();
        // valid through the chosen day, Vietnam time
        Instant expires =
                expiresOn.plusDays(1).atStartOfDay(TimeConfiguration.ZONE).toInstant();
        long id = store.insert(trimmed, hash(secret), secret.substring(0, 10), kept, expires, me);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("name", trimmed);
        details.put("scopes", kept.stream().map(ApiScope::value).toList());
        details.put("expiresOn", expiresOn.toString());
        audit.recordChangeInCurrentTransaction(AuditAction.API_TOKEN_CREATED, AuditTarget.API_TOKEN, id, details);
        return new Created(store.find(id).orElseThrow(), secret);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<ApiTokenRow> tokens() {
        return store.all();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public boolean revoke(long id) {
        long me = currentUser.require().id();
        ApiTokenRow token = store.find(id).orElseThrow(() -> new UserFacingException("api.tokens.error.notFound"));
        boolean revoked = store.revoke(id, me, clock.instant());
        if (revoked) {
            audit.recordChangeInCurrentTransaction(
                    AuditAction.API_TOKEN_REVOKED, AuditTarget.API_TOKEN, id, Map.of("name", token.name()));
        }
        return revoked;
    }

    /** The active token a secret opens (not expired, not revoked), for the API's security chain. */
    @Transactional
    public Optional<ApiTokenRow> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<ApiTokenRow> token = store.byHash(hash(secret)).filter(t -> t.active(now));
        token.ifPresent(t -> store.used(t.id(), now));
        return token;
    }

    static String hash(String secret) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
