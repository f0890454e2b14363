package vn.daotao.certificate.internal;

import java.net.URI;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The time-stamping authority certificates are signed with (PAdES B-T), if one is configured:
 * {@code app.signing.tsa-url} (environment APP_SIGNING_TSA_URL), an http or https address.
 */
@Component
public class SignatureTimestamps {

    private final TimestampClient client;

    SignatureTimestamps(@Value("${app.signing.tsa-url:}") String address) {
        if (address == null || address.isBlank()) {
            client = null;
        } else {
            URI uri = URI.create(address.strip());
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
                throw new IllegalStateException("app.signing.tsa-url must be an http or https address");
            }
            client = new TimestampClient(uri);
        }
    }

    /** The authority's client, or null without one (certificates are then signed B-B). */
    public TimestampClient client() {
        return client;
    }

    public Optional<URI> address() {
        return Optional.ofNullable(client).map(TimestampClient::address);
    }
}
