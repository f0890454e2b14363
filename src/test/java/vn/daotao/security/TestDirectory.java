package vn.daotao.security;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real LDAP server for tests (UnboundID's in-memory directory) on a free loopback port, with a read-only service
 * account, and the app's settings that point at it. The tests add their own tree.
 */
public final class TestDirectory {

    public static final String READER_PASSWORD = "Doc-Only-2026";

    private TestDirectory() {}

    /** A listening server whose base entry is {@code dc=<first dc>,...} and whose reader is {@code cn=reader,base}. */
    public static InMemoryDirectoryServer start(String base) {
        try {
            var config = new InMemoryDirectoryServerConfig(base);
            config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", 0));
            config.addAdditionalBindCredentials("cn=reader," + base, READER_PASSWORD);
            var server = new InMemoryDirectoryServer(config);
            String dc = base.substring(base.indexOf('=') + 1, base.indexOf(','));
            server.add("dn: " + base, "objectClass: domain", "dc: " + dc);
            return server;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sign-in and sync settings for {@code server}: people under {@code userSearchBase}, coded by employeeNumber. */
    public static void register(
            DynamicPropertyRegistry registry, InMemoryDirectoryServer server, String base, String userSearchBase) {
        registry.add("app.directory.enabled", () -> "true");
        registry.add("app.directory.url", () -> "ldap://127.0.0.1:" + server.getListenPort());
        registry.add("app.directory.base", () -> base);
        registry.add("app.directory.manager-dn", () -> "cn=reader," + base);
        registry.add("app.directory.manager-password", () -> READER_PASSWORD);
        registry.add("app.directory.user-search-base", () -> userSearchBase);
        registry.add("app.directory.user-search-filter", () -> "(uid={0})");
        registry.add("app.directory.timeout-millis", () -> "1000");
        registry.add("app.directory.employee-code-attribute", () -> "employeeNumber");
    }
}
