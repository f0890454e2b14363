package vn.daotao.certificate.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** Reads a signing key from a PKCS#12 keystore, and makes the clearly-marked demo key. */
public final class SigningKeys {

    private SigningKeys() {}

    /** The first private key entry of a PKCS#12 keystore with its chain; empty when the password or file is wrong. */
    public static Optional<PdfSigner.SigningKey> fromPkcs12(byte[] pkcs12, char[] password, boolean demo) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(new ByteArrayInputStream(pkcs12), password);
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias) && store.getKey(alias, password) instanceof PrivateKey key) {
                    List<X509Certificate> chain = new ArrayList<>();
                    for (Certificate c : store.getCertificateChain(alias)) {
                        chain.add((X509Certificate) c);
                    }
                    if (chain.isEmpty()) {
                        continue;
                    }
                    return Optional.of(new PdfSigner.SigningKey(key, chain, commonName(chain.getFirst()), demo));
                }
            }
            return Optional.empty();
        } catch (IOException | GeneralSecurityException | ClassCastException e) {
            return Optional.empty();
        }
    }

    /** A new RSA-2048 key with a self-signed certificate for {@code commonName} and {@code organisation}, as PKCS#12. */
    public static byte[] selfSignedPkcs12(String commonName, String organisation, Duration validity, char[] password) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048, new SecureRandom());
            KeyPair pair = generator.generateKeyPair();
            X500Principal subject =
                    new X500Principal("CN=" + escape(commonName) + ", O=" + escape(organisation) + ", C=VN");
            Instant now = Instant.now();
            X509Certificate certificate = new JcaX509CertificateConverter()
                    .getCertificate(new JcaX509v3CertificateBuilder(
                                    subject,
                                    new BigInteger(64, new SecureRandom()).abs().add(BigInteger.ONE),
                                    Date.from(now.minus(Duration.ofDays(1))),
                                    Date.from(now.plus(validity)),
                                    subject,
                                    pair.getPublic())
                            .build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("signing", pair.getPrivate(), password, new Certificate[] {certificate});
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            store.store(out, password);
            return out.toByteArray();
        } catch (IOException | GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("Cannot make a signing key", e);
        }
    }

    public static String commonName(X509Certificate certificate) {
        X500Name name =
                X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
        var cn = name.getRDNs(BCStyle.CN);
        return cn.length == 0
                ? certificate.getSubjectX500Principal().getName()
                : IETFUtils.valueToString(cn[0].getFirst().getValue());
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\")
                .replace(",", "\\,")
                .replace("+", "\\+")
                .replace("\"", "\\\"");
    }
}
