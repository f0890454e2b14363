package vn.daotao.security;

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
public final class DirectoryPasswords {

    private static final String UNAVAILABLE = "The directory did not answer";

    /**
     * The refusal while the directory does not answer: a plain {@link
     * org.springframework.security.authentication.AuthenticationServiceException} (Spring's event publisher maps
     * exceptions by exact class, and the audit log records what it publishes) recognised by its message.
     */
    static org.springframework.security.authentication.AuthenticationServiceException unavailable() {
        return new org.springframework.security.authentication.AuthenticationServiceException(UNAVAILABLE);
    }

    /** Whether a sign-in was refused because the directory did not answer ({@link #unavailable()}). */
    public static boolean unavailable(org.springframework.security.core.AuthenticationException e) {
        return e instanceof org.springframework.security.authentication.AuthenticationServiceException
                && UNAVAILABLE.equals(e.getMessage());
    }

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

    /** The verdict, and for an accepted password the entry's DN and employee code (null when not asked for). */
    record Result(Verdict verdict, String dn, String employeeCode) {
        Result(Verdict verdict) {
            this(verdict, null, null);
        }
    }

    private final FilterBasedLdapUserSearch search;
    private final BindAuthenticator bind;
    private final org.springframework.ldap.core.LdapTemplate lookup;
    private final javax.naming.ldap.LdapName base;
    /** the attribute that must hold the account's employee code before a first link, or null */
    private final String employeeCodeAttribute;

    DirectoryPasswords(DirectoryProperties settings) {
        DefaultSpringSecurityContextSource source = settings.contextSource();
        employeeCodeAttribute = settings.employeeCodeAttribute().isBlank() ? null : settings.employeeCodeAttribute();
        lookup = new org.springframework.ldap.core.LdapTemplate(source);
        base = source.getBaseLdapName();
        search = new FilterBasedLdapUserSearch(settings.userSearchBase(), settings.userSearchFilter(), source);
        bind = new BindAuthenticator(source);
        bind.setUserSearch(search);
        try {
            bind.afterPropertiesSet();
        } catch (Exception e) {
            throw new IllegalStateException("Directory settings are incomplete", e);
        }
    }

    /** The exception's class and the LDAP message (a result code, a host), never a password. */
    private static String describe(RuntimeException e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return e.getClass().getSimpleName() + " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
    }

    /**
     * Whether the directory still has the entry {@code dn}; true too when that cannot be told (the directory did not
     * answer, an unreadable name), so that a caller relying on its absence refuses.
     */
    boolean exists(String dn) {
        try {
            lookup.lookup(
                    org.springframework.ldap.support.LdapUtils.removeFirst(new javax.naming.ldap.LdapName(dn), base));
            return true;
        } catch (org.springframework.ldap.NameNotFoundException e) {
            return false;
        } catch (RuntimeException | javax.naming.InvalidNameException e) {
            return true;
        }
    }

    /** Whether a first link needs the entry's employee code to be the account's. */
    boolean matchesEmployeeCode() {
        return employeeCodeAttribute != null;
    }

    Result check(String username, String password) {
        try {
            search.searchForUser(username);
        } catch (UsernameNotFoundException e) {
            return new Result(Verdict.UNKNOWN);
        } catch (org.springframework.dao.IncorrectResultSizeDataAccessException e) {
            // two entries answer to the name: which person is signing in cannot be known
            log.warn("The directory has several entries for one user name");
            return new Result(Verdict.REJECTED);
        } catch (RuntimeException e) {
            // the cause names the server, never the password
            log.warn("The directory did not answer a search: {}", describe(e));
            return new Result(Verdict.UNAVAILABLE);
        }
        try {
            DirContextOperations entry = bind.authenticate(new UsernamePasswordAuthenticationToken(username, password));
            return new Result(
                    Verdict.ACCEPTED,
                    entry.getNameInNamespace(),
                    employeeCodeAttribute == null ? null : entry.getStringAttribute(employeeCodeAttribute));
        } catch (BadCredentialsException e) {
            return new Result(Verdict.REJECTED);
        } catch (RuntimeException e) {
            log.warn("The directory did not answer a sign-in: {}", describe(e));
            return new Result(Verdict.UNAVAILABLE);
        }
    }
}
