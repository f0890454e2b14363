package vn.daotao.xapi.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The learning record store: its xAPI endpoint (the statements resource is {@code endpoint + "statements"}), HTTP
 * Basic credentials, how a person is named ({@code ACCOUNT}: the employee code under the app's address, or {@code
 * MBOX}: their e-mail address), the time a call may take, and how often the sender runs.
 */
@ConfigurationProperties("app.xapi")
public record XapiSettings(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("") String endpoint,
        @DefaultValue("") String username,
        @DefaultValue("") String password,
        @DefaultValue("ACCOUNT") Actor actor,
        @DefaultValue("5000") int timeoutMillis,
        @DefaultValue("15000") long sendDelayMillis) {

    public enum Actor {
        ACCOUNT,
        MBOX
    }

    /** Without the password: settings end up in logs and error reports. */
    @Override
    public String toString() {
        return "XapiSettings[enabled=" + enabled + ", endpoint=" + endpoint + ", username=" + username + ", actor="
                + actor + ", timeoutMillis=" + timeoutMillis + "]";
    }
}
