package vn.daotao.certificate.internal;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;

/**
 * Asks an RFC 3161 time-stamping authority for a token over some bytes (a signature value, for PAdES B-T):
 * a SHA-256 imprint with a random nonce, the TSA's certificate requested in the token. The answer is checked
 * against the request (imprint, nonce, status) before it is used.
 */
public final class TimestampClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final URI address;
    private final HttpClient http;
    private final SecureRandom random = new SecureRandom();
    /** After a failure the authority is left alone for a while: a ZIP of 500 certificates must not wait 500 times. */
    private static final Duration PAUSE_AFTER_FAILURE = Duration.ofMinutes(5);

    private volatile java.time.Instant pausedUntil = java.time.Instant.MIN;

    public TimestampClient(URI address) {
        this.address = address;
        this.http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    }

    public URI address() {
        return address;
    }

    /**
     * The time-stamp token over {@code data}. Fails at once while paused after an earlier failure (five
     * minutes), so that a batch of signatures does not wait for a dead authority each time.
     */
    public TimeStampToken stamp(byte[] data) throws IOException {
        if (java.time.Instant.now().isBefore(pausedUntil)) {
            throw new IOException("paused after a failure until " + pausedUntil);
        }
        try {
            return request(data);
        } catch (IOException | RuntimeException e) {
            pausedUntil = java.time.Instant.now().plus(PAUSE_AFTER_FAILURE);
            throw e;
        }
    }

    private TimeStampToken request(byte[] data) throws IOException {
        try {
            byte[] imprint = MessageDigest.getInstance("SHA-256").digest(data);
            TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
            generator.setCertReq(true);
            TimeStampRequest request =
                    generator.generate(NISTObjectIdentifiers.id_sha256, imprint, new BigInteger(64, random));
            HttpResponse<byte[]> answer = http.send(
                    HttpRequest.newBuilder(address)
                            .timeout(TIMEOUT)
                            .header("Content-Type", "application/timestamp-query")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(request.getEncoded()))
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (answer.statusCode() != 200) {
                throw new IOException("The time-stamping authority answered HTTP " + answer.statusCode());
            }
            TimeStampResponse response = new TimeStampResponse(answer.body());
            response.validate(request);
            TimeStampToken token = response.getTimeStampToken();
            if (token == null) {
                throw new IOException("The time-stamping authority granted no token: " + response.getStatusString());
            }
            return token;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        } catch (TSPException e) {
            throw new IOException("The time-stamping authority's answer does not match the request", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while waiting for the time-stamping authority", e);
        }
    }
}
