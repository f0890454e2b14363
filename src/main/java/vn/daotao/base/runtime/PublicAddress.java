package vn.daotao.base.runtime;

import java.net.URI;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * The address people reach the application at ({@code APP_PUBLIC_URL}): printed in every certificate's QR
 * code and in emails. The prod profile refuses to start without it (a certificate pointing at localhost can
 * never be checked); elsewhere it defaults to http://localhost:8080 and the admin home says it looks local.
 */
@Component
public class PublicAddress {

    private final String url;

    PublicAddress(@Value("${app.public-url:}") String url, Environment environment) {
        String value = url == null ? "" : url.strip();
        if (value.isEmpty() && environment.acceptsProfiles(Profiles.of("prod"))) {
            throw new IllegalStateException("""
                    APP_PUBLIC_URL is not set. In production it must be the address people open the application
                    at (for example https://daotao.example.gov.vn): certificates print it in their QR code.""");
        }
        if (!value.isEmpty()) {
            URI uri = URI.create(value);
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new IllegalStateException("APP_PUBLIC_URL must be an http or https address, not " + value);
            }
        }
        this.url = value.isEmpty() ? "http://localhost:8080" : value.replaceAll("/+$", "");
    }

    public String url() {
        return url;
    }

    /** True when the address is this machine's own (localhost, 127.x, ::1): nobody else can open it. */
    public boolean looksLocal() {
        String host = URI.create(url).getHost();
        return host == null
                || host.equals("localhost")
                || host.startsWith("127.")
                || host.equals("[::1]")
                || host.equals("::1")
                || host.equals("0.0.0.0");
    }
}
