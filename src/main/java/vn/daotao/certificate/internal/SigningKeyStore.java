package vn.daotao.certificate.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Where the organisation's signing key comes from: a PKCS#12 keystore named in the environment
 * ({@code app.signing.keystore} and {@code app.signing.keystore-password}), else the key an admin installed
 * (V021: the file as uploaded, its password encrypted with AES-GCM under {@code app.signing.secret}). The
 * loaded key is kept in memory; installing a new one replaces it. Without either, nothing is signed.
 */
@Component
public class SigningKeyStore {

    private static final Logger log = LoggerFactory.getLogger(SigningKeyStore.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final String keystorePath;
    private final String keystorePassword;
    private final String secret;
    private volatile Optional<PdfSigner.SigningKey> cached;

    SigningKeyStore(
            JdbcClient jdbc,
            @Value("${app.signing.keystore:}") String keystorePath,
            @Value("${app.signing.keystore-password:}") String keystorePassword,
            @Value("${app.signing.secret:}") String secret) {
        this.jdbc = jdbc;
        this.keystorePath = keystorePath;
        this.keystorePassword = keystorePassword;
        this.secret = secret;
    }

    /** The active signing key, if there is one that can be read. */
    public Optional<PdfSigner.SigningKey> active() {
        Optional<PdfSigner.SigningKey> key = cached;
        if (key == null) {
            key = load();
            cached = key;
        }
        return key;
    }

    /** Whether keys can be installed here (a secret to encrypt their passwords is configured). */
    public boolean canInstall() {
        return !secret.isBlank();
    }

    /** Whether the key comes from the environment (then the admin page cannot replace it). */
    public boolean fromEnvironment() {
        return !keystorePath.isBlank();
    }

    /** Installs a PKCS#12 key as the active one; empty when the file or password is wrong. */
    public Optional<PdfSigner.SigningKey> install(byte[] pkcs12, char[] password, boolean demo, Long installedBy) {
        Optional<PdfSigner.SigningKey> key = SigningKeys.fromPkcs12(pkcs12, password, demo);
        if (key.isEmpty()) {
            return key;
        }
        byte[] encrypted = encrypt(new String(password).getBytes(StandardCharsets.UTF_8));
        jdbc.sql("update signing_key set active = false where active").update();
        jdbc.sql("""
                        insert into signing_key (pkcs12, password_enc, subject, not_after, demo, installed_by)
                        values (:p, :w, :s, :n, :d, :by)""")
                .param("p", pkcs12)
                .param("w", encrypted)
                .param("s", key.get().certificate().getSubjectX500Principal().getName())
                .param("n", Timestamp.from(key.get().certificate().getNotAfter().toInstant()))
                .param("d", demo)
                .param("by", installedBy)
                .update();
        cached = null;
        return key;
    }

    /** Installs a clearly-marked demo key (demo profile), unless a key is already there. */
    public void installDemoKeyIfNone(String organisation) {
        if (fromEnvironment()
                || !canInstall()
                || jdbc.sql("select count(*) from signing_key where active")
                                .query(Integer.class)
                                .single()
                        > 0) {
            return;
        }
        char[] password = new char[24];
        for (int i = 0; i < password.length; i++) {
            password[i] = (char) ('a' + RANDOM.nextInt(26));
        }
        byte[] p12 = SigningKeys.selfSignedPkcs12(
                "KHÓA DEMO - KHÔNG CÓ GIÁ TRỊ PHÁP LÝ", organisation, Duration.ofDays(3 * 365), password);
        install(p12, password, true, null);
        Arrays.fill(password, ' ');
    }

    private Optional<PdfSigner.SigningKey> load() {
        if (fromEnvironment()) {
            try {
                byte[] p12 = Files.readAllBytes(Path.of(keystorePath));
                Optional<PdfSigner.SigningKey> key = SigningKeys.fromPkcs12(p12, keystorePassword.toCharArray(), false);
                if (key.isEmpty()) {
                    log.error("The signing keystore named in the environment cannot be read with its password");
                }
                return key;
            } catch (java.io.IOException e) {
                log.error("The signing keystore named in the environment cannot be read: {}", e.getMessage());
                return Optional.empty();
            }
        }
        record Row(byte[] pkcs12, byte[] password, boolean demo) {}
        Optional<Row> row = jdbc.sql("select pkcs12, password_enc, demo from signing_key where active")
                .query((rs, i) -> new Row(rs.getBytes(1), rs.getBytes(2), rs.getBoolean(3)))
                .optional();
        if (row.isEmpty()) {
            return Optional.empty();
        }
        if (!canInstall()) {
            log.error("A signing key is installed but APP_SIGNING_SECRET is not set: certificates stay unsigned");
            return Optional.empty();
        }
        try {
            char[] password = new String(decrypt(row.get().password()), StandardCharsets.UTF_8).toCharArray();
            return SigningKeys.fromPkcs12(
                    row.get().pkcs12(), password, row.get().demo());
        } catch (GeneralSecurityException e) {
            log.error("The installed signing key cannot be opened with this APP_SIGNING_SECRET");
            return Optional.empty();
        }
    }

    private byte[] encrypt(byte[] plain) {
        try {
            byte[] iv = new byte[12];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, aesKey(), new GCMParameterSpec(128, iv));
            byte[] sealed = cipher.doFinal(plain);
            byte[] out = new byte[iv.length + sealed.length];
            System.arraycopy(iv, 0, out, 0, iv.length);
            System.arraycopy(sealed, 0, out, iv.length, sealed.length);
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot encrypt the key password", e);
        }
    }

    private byte[] decrypt(byte[] sealed) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, aesKey(), new GCMParameterSpec(128, sealed, 0, 12));
        return cipher.doFinal(sealed, 12, sealed.length - 12);
    }

    private SecretKeySpec aesKey() throws GeneralSecurityException {
        return new SecretKeySpec(
                MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)), "AES");
    }
}
