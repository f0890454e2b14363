package vn.daotao.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in with the organisation's directory (LDAP or Active Directory), off unless {@code app.directory.enabled}.
 * The person's entry is found under {@code userSearchBase} with {@code userSearchFilter} ({0} is the user name as
 * typed, lower-cased; {@code (sAMAccountName={0})} for Active Directory), as {@code managerDn} when set (a
 * read-only service account) or anonymously; the password is then checked by binding as that entry. With {@code
 * employeeCodeAttribute} (e.g. {@code employeeNumber}, Active Directory's {@code employeeID}) an entry is linked to
 * an account at its first sign-in only when that attribute holds the account's employee code. Roles,
 * units and the account itself stay in this application: the directory only checks the password.
 */
@ConfigurationProperties("app.directory")
public record DirectoryProperties(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("") String url,
        @DefaultValue("") String base,
        @DefaultValue("") String managerDn,
        @DefaultValue("") String managerPassword,
        @DefaultValue("") String userSearchBase,
        @DefaultValue("(uid={0})") String userSearchFilter,
        @DefaultValue("3000") int timeoutMillis,
        @DefaultValue("") String employeeCodeAttribute,
        @DefaultValue Sync sync) {

    /**
     * Units and people read from the directory (README "Directory sync"): units are the entries under {@code
     * unitSearchBase} (the user search base when empty) that match {@code unitFilter}, coded by {@code
     * unitCodeAttribute} and named by {@code unitNameAttribute}, their parent the nearest unit above them (the
     * organisation's top unit for the first level); people are the entries that match {@code personFilter} and
     * carry an employee code ({@code employeeCodeAttribute}), in the nearest unit above them. Roles stay here. A run
     * that would newly mark more than {@code maxMissingPercent} of the linked people missing (and more than 10), or
     * that reads nobody, is refused.
     */
    public record Sync(
            @DefaultValue("false") boolean nightly,
            @DefaultValue("0 30 1 * * *") String cron,
            @DefaultValue("") String unitSearchBase,

            @DefaultValue("(objectClass=organizationalUnit)")
            String unitFilter,

            @DefaultValue("description") String unitCodeAttribute,
            @DefaultValue("ou") String unitNameAttribute,
            @DefaultValue("(objectClass=person)") String personFilter,
            @DefaultValue("uid") String usernameAttribute,
            @DefaultValue("cn") String fullNameAttribute,
            @DefaultValue("mail") String emailAttribute,
            @DefaultValue("30") int graceDays,
            @DefaultValue("20") int maxMissingPercent) {}

    /**
     * A connection to the directory with these settings: the read-only service account (anonymous when none), the
     * timeouts, no pooling (a sign-in or a sync now and then). Shared by the sign-in and the sync.
     */
    public org.springframework.security.ldap.DefaultSpringSecurityContextSource contextSource() {
        var source =
                new org.springframework.security.ldap.DefaultSpringSecurityContextSource(java.util.List.of(url), base);
        if (managerDn.isBlank()) {
            source.setAnonymousReadOnly(true);
        } else {
            source.setUserDn(managerDn);
            source.setPassword(managerPassword);
        }
        String timeout = String.valueOf(timeoutMillis);
        source.setBaseEnvironmentProperties(java.util.Map.of(
                "com.sun.jndi.ldap.connect.timeout", timeout, "com.sun.jndi.ldap.read.timeout", timeout));
        source.setPooled(false);
        source.afterPropertiesSet();
        return source;
    }

    /** Without the service account's password: settings end up in logs and error reports. */
    @Override
    public String toString() {
        return "DirectoryProperties[enabled=" + enabled + ", url=" + url + ", base=" + base + ", managerDn=" + managerDn
                + ", userSearchBase=" + userSearchBase + ", userSearchFilter=" + userSearchFilter
                + ", employeeCodeAttribute=" + employeeCodeAttribute + ", sync=" + sync + "]";
    }
}
