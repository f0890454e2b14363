package vn.daotao.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Single sign-on with the organisation's OpenID Connect provider, off unless {@code app.sso.enabled}: a button
 * beside the form on the sign-in page. The provider is found from {@code issuerUri} (its discovery document, read
 * when someone first uses it, so the app starts while the provider is away). A person is let in only when the
 * {@code claim} of their ID token (or user info) names exactly one enabled account, compared with the account's
 * {@code match} field: e-mail (only one the provider says is verified), employee code or user name, case aside; the
 * account is then bound to that provider person (issuer and subject) for good. Administrators are refused unless
 * {@code allowAdmins}. No account is ever created here. Roles, units and the account stay in this application.
 */
@ConfigurationProperties("app.sso")
public record SsoProperties(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("") String issuerUri,
        @DefaultValue("") String clientId,
        @DefaultValue("") String clientSecret,
        @DefaultValue({"openid", "profile", "email"}) List<String> scopes,
        @DefaultValue("email") String claim,
        @DefaultValue("EMAIL") Match match,
        @DefaultValue("false") boolean allowAdmins) {

    /** The account field that the claim must equal. */
    public enum Match {
        EMAIL,
        EMPLOYEE_CODE,
        USERNAME
    }

    /** Without the client secret: settings end up in logs and error reports. */
    @Override
    public String toString() {
        return "SsoProperties[enabled=" + enabled + ", issuerUri=" + issuerUri + ", clientId=" + clientId + ", scopes="
                + scopes + ", claim=" + claim + ", match=" + match + "]";
    }
}
