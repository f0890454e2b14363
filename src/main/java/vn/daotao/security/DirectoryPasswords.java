package vn.daotao.security;

import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.ldap.core.DirContextOperations;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.ldap.DefaultSpringSecurityContextSource;
import org.springframework.security.ldap.authentication.BindAuthenticator;
import org.springframework.security.ldap.search.FilterBasedLdapUserSearch;

/** Checks a password against the directory by binding as the person's entry ({@link DirectoryProperties}). */
final class DirectoryPasswords {

    private static final Logger log = LoggerFactory.getLogger(DirectoryPasswords.class);

    enum Verdict {
        /** the directory has the person and the password is theirs */
        ACCEPTED,
        /** the directory has the person and the password is not theirs */
        REJECTED,
        /** the directory has nobody of that name */
        UNKNOWN,
        /** the directory did not answer */
        UNAVAILABLE
    }

    record Result(Verdict verdict, String dn) {}

    private final FilterBasedLdapUserSearch search;
    private final BindAuthenticator bind;

    DirectoryPasswords(DirectoryProperties settings) {
        DefaultSpringSecurityContextSource source =
                new DefaultSpringSecurityContextSource(List.of(settings.url()), settings.base());
        if (!settings.managerDn().isBlank()) {
            source.setUserDn(settings.managerDn());
            source.setPassword(settings.managerPassword());
        } else {
            source.setAnonymousReadOnly(true);
        }
        String timeout = String.valueOf(settings.timeoutMillis());
        source.setBaseEnvironmentProperties(
                Map.of("com.sun.jndi.ldap.connect.timeout", timeout, "com.sun.jndi.ldap.read.timeout", timeout));
        source.setPooled(false);
        source.afterPropertiesSet();
        search = new FilterBasedLdapUserSearch(settings.userSearchBase(), settings.userSearchFilter(), source);
        bind = new BindAuthenticator(source);
        bind.setUserSearch(search);
        try {
            bind.afterPropertiesSet();
        } catch (Exception e) {
            throw new IllegalStateException("Directory settings are incomplete", e);
        }
    }

    Result check(String username, String password) {
        try {
            search.searchForUser(username);
        } catch (UsernameNotFoundException e) {
            return new Result(Verdict.UNKNOWN, null);
        } catch (RuntimeException e) {
            // the cause names the server, never the password
            log.warn("The directory did not answer a search: {}", e.getClass().getSimpleName());
            return new Result(Verdict.UNAVAILABLE, null);
        }
        try {
            DirContextOperations entry = bind.authenticate(new UsernamePasswordAuthenticationToken(username, password));
            return new Result(Verdict.ACCEPTED, entry.getNameInNamespace());
        } catch (BadCredentialsException e) {
            return new Result(Verdict.REJECTED, null);
        } catch (RuntimeException e) {
            log.warn("The directory did not answer a sign-in: {}", e.getClass().getSimpleName());
            return new Result(Verdict.UNAVAILABLE, null);
        }
    }
}
