package vn.daotao.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Sign-in against a real LDAP directory (UnboundID's in-memory server, started here, with an Active-Directory-like
 * tree: units as organisational units, people with a uid and a password): the directory's password opens a local
 * account, the local one no longer does, a name the directory lacks keeps its local password (the break-glass
 * administrator), a person removed from the directory is refused, and while the directory is down only an
 * administrator's local password works.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DirectorySignInTest {

    private static final String BASE = "dc=daotao,dc=test";
    private static final String RUN =
            UUID.randomUUID().toString().replaceAll("[^0-9]", "").substring(0, 6);
    private static final InMemoryDirectoryServer LDAP = start();

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    @Autowired
    AuthenticationProvider provider;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountService accounts;

    @Autowired
    org.springframework.context.ApplicationContext app;

    @Autowired
    PasswordEncoder encoder;

    private static InMemoryDirectoryServer start() {
        try {
            var server = vn.daotao.security.TestDirectory.start(BASE);
            server.add("dn: ou=Units," + BASE, "objectClass: organizationalUnit", "ou: Units");
            server.add("dn: ou=Van phong,ou=Units," + BASE, "objectClass: organizationalUnit", "ou: Van phong");
            person(server, "ld" + RUN + "a", "Nguyễn Văn Thư Mục", "Van phong", "Directory-Pass-1");
            person(server, "ld" + RUN + "x", "Người Chỉ Có Trong Thư Mục", "Van phong", "Directory-Pass-2");
            server.add("dn: ou=Phong Hai,ou=Units," + BASE, "objectClass: organizationalUnit", "ou: Phong Hai");
            person(server, "ld" + RUN + "q", "Trùng Tên Quản Trị", "Van phong", "Directory-Admin-1");
            person(server, "ld" + RUN + "d", "Trùng Lặp Một", "Van phong", "Directory-Dup-1");
            person(server, "ld" + RUN + "d", "Trùng Lặp Hai", "Phong Hai", "Directory-Dup-1");
            // a newcomer given a leaver's user name: another employee code
            person(server, "ld" + RUN + "b", "Tên Dùng Lại", "Phong Hai", "Directory-Reused-1", "NV-MOI-" + RUN);
            // a person moved from Van phong to Phong Hai: the same employee code, the old entry gone
            person(server, "ld" + RUN + "m", "Người Chuyển Phòng", "Phong Hai", "Directory-Moved-1");
            // the name of one account, the employee code of another person
            person(server, "ld" + RUN + "e", "Mã Người Khác", "Phong Hai", "Directory-Other-1", "NV-KHAC-" + RUN);
            server.startListening();
            return server;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void person(InMemoryDirectoryServer server, String uid, String name, String unit, String password)
            throws Exception {
        person(server, uid, name, unit, password, "NV-" + uid);
    }

    private static void person(
            InMemoryDirectoryServer server, String uid, String name, String unit, String password, String employee)
            throws Exception {
        server.add(
                "dn: uid=" + uid + ",ou=" + unit + ",ou=Units," + BASE,
                "objectClass: inetOrgPerson",
                "uid: " + uid,
                "cn: " + name,
                "sn: " + name.substring(name.lastIndexOf(' ') + 1),
                "employeeNumber: " + employee,
                "userPassword: " + password);
    }

    @DynamicPropertySource
    static void directory(DynamicPropertyRegistry registry) {
        vn.daotao.security.TestDirectory.register(registry, LDAP, BASE, "ou=Units");
    }

    @AfterAll
    static void stop() {
        LDAP.shutDown(true);
    }

    @Test
    void directoryPasswordsOpenLocalAccounts() {
        String person = account("ld" + RUN + "a", "EMPLOYEE", "Local-Pass-1", true);
        String admin = account("ld" + RUN + "q", "ADMIN", "Break-Glass-1", false);
        String removed = account("ld" + RUN + "r", "EMPLOYEE", "Local-Pass-3", false);
        link(removed, "uid=gone,ou=Units," + BASE);
        String reused = account("ld" + RUN + "b", "EMPLOYEE", "Local-Pass-4", false);
        link(reused, "uid=" + reused + ",ou=Van phong,ou=Units," + BASE);
        String duplicated = account("ld" + RUN + "d", "EMPLOYEE", "Local-Pass-5", false);
        String moved = account("ld" + RUN + "m", "EMPLOYEE", "Local-Pass-7", false);
        link(moved, "uid=" + moved + ",ou=Van phong,ou=Units," + BASE);
        String otherPerson = account("ld" + RUN + "e", "EMPLOYEE", "Local-Pass-6", false);
        String hashBefore = hash(person);

        assertThat(pageAfterFormSignIn(person, "Directory-Pass-1", "/my-courses"))
                .as("the first sign-in with the directory password (the form), then a page with its session")
                .isEqualTo("200");
        assertThat(signIn(person, "Directory-Pass-1").getName()).isEqualTo(person);
        assertThat(formSignIn(person, "Directory-Pass-1"))
                .as("the sign-in form with the directory password, once linked")
                .doesNotContain("error")
                .doesNotStartWith("(none");
        assertThat(jdbc.sql("select directory_dn || '|' || must_change_password from app_user where username = :u")
                        .param("u", person)
                        .query(String.class)
                        .single())
                .as("the entry is recorded and a one-time local password no longer asks for a change")
                .isEqualTo("uid=" + person + ",ou=Van phong,ou=Units," + BASE + "|false");
        assertThat(hash(person))
                .as("the local password is replaced by an unusable one")
                .isNotEqualTo(hashBefore);
        TestSignIn.as(app, person);
        try {
            assertThat(accounts.passwordInDirectory()).isTrue();
            assertThat(accounts.mustChangePassword()).isFalse();
            assertThatThrownBy(() -> accounts.changePassword("Local-Pass-1", "Mat-Khau-Moi-2026", "Mat-Khau-Moi-2026"))
                    .as("a directory password is changed in the directory")
                    .isInstanceOfSatisfying(
                            vn.daotao.base.UserFacingException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("password.error.directory"));
            TestSignIn.as(app, admin);
            assertThat(accounts.passwordInDirectory()).as("a local account").isFalse();
        } finally {
            TestSignIn.clear(app);
        }
        assertThatThrownBy(() -> signIn(person, "Local-Pass-1"))
                .as("the local password of a directory person")
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> signIn(person, "Directory-Pass-2"))
                .as("someone else's directory password")
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> signIn(person, ""))
                .as("an empty password, which LDAP would take as an anonymous bind")
                .isInstanceOf(BadCredentialsException.class);

        assertThat(signIn(admin, "Break-Glass-1").getName())
                .as("an administrator signs in with the local password, even when the directory has the name")
                .isEqualTo(admin);
        assertThatThrownBy(() -> signIn(admin, "Directory-Admin-1"))
                .as("no directory entry can take over an administrator")
                .isInstanceOf(BadCredentialsException.class);
        assertThat(linkedEntry(admin)).isNull();
        assertThatThrownBy(() -> signIn(reused, "Directory-Reused-1"))
                .as("a new entry reusing a linked person's name")
                .isInstanceOf(BadCredentialsException.class);
        assertThat(signIn(moved, "Directory-Moved-1").getName())
                .as("a person whose entry moved (same employee code, the linked entry gone)")
                .isEqualTo(moved);
        assertThat(linkedEntry(moved)).isEqualTo("uid=" + moved + ",ou=Phong Hai,ou=Units," + BASE);
        assertThatThrownBy(() -> signIn(otherPerson, "Directory-Other-1"))
                .as("an entry whose employee code is not the account's is not linked")
                .isInstanceOf(BadCredentialsException.class);
        assertThat(linkedEntry(otherPerson)).isNull();
        assertThatThrownBy(() -> signIn(otherPerson, "Local-Pass-6"))
                .as("its name is in the directory: the local password does not open it either")
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> signIn(duplicated, "Directory-Dup-1"))
                .as("two entries answer to the name")
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> signIn("ld" + RUN + "x", "Directory-Pass-2"))
                .as("in the directory but without an account here: no account is made")
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> signIn(removed, "Local-Pass-3"))
                .as("a directory person removed from the directory")
                .isInstanceOf(BadCredentialsException.class);

        LDAP.shutDown("ldap", true);
        try {
            assertThatThrownBy(() -> signIn(person, "Directory-Pass-1"))
                    .as("the directory is down")
                    .isInstanceOfSatisfying(
                            org.springframework.security.core.AuthenticationException.class,
                            e -> assertThat(DirectoryPasswords.unavailable(e)).isTrue());
            assertThat(formSignIn(person, "Directory-Pass-1")).isEqualTo("/login?error=directory");
            assertThat(jdbc.sql("""
                                    select details ->> 'reason' from audit_event
                                     where action = 'LOGIN_FAILED' and actor_username = :u
                                     order by id desc limit 1""").param("u", person).query(String.class).optional())
                    .as("the refusal is audited with its reason")
                    .hasValue("DIRECTORY_UNAVAILABLE");
            assertThat(page("/login?error=directory"))
                    .as("the sign-in page says why, in Vietnamese")
                    .contains(
                            "id=\"login-error\"",
                            "Hệ thống thư mục của cơ quan (nơi kiểm tra mật khẩu) đang không trả lời");
            assertThat(signIn(admin, "Break-Glass-1").getName())
                    .as("the break-glass administrator while the directory is down")
                    .isEqualTo(admin);
            assertThatThrownBy(() -> signIn(admin, "Wrong-Pass-9"))
                    .as("but only with the right password")
                    .isInstanceOf(BadCredentialsException.class);
        } finally {
            try {
                LDAP.startListening("ldap");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private final java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder()
            .followRedirects(java.net.http.HttpClient.Redirect.NEVER)
            .build();

    /** The sign-in form posted as the browser posts it; where it sends the browser next. */
    private String formSignIn(String username, String password) {
        return formSignIn(http, username, password);
    }

    private String formSignIn(java.net.http.HttpClient browser, String username, String password) {
        try {
            var response = browser.send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/login"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .header("Origin", "http://localhost:" + port)
                            .POST(java.net.http.HttpRequest.BodyPublishers.ofString("username=" + username
                                    + "&password="
                                    + java.net.URLEncoder.encode(password, java.nio.charset.StandardCharsets.UTF_8)))
                            .build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding());
            return response.headers().firstValue("Location").orElse("(none: " + response.statusCode() + ")");
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Signs in with the form in a browser of its own, then opens {@code path} with the session it got: "200", or
     * where the page sent it (the sign-in page when the session did not last).
     */
    private String pageAfterFormSignIn(String username, String password, String path) {
        var browser = java.net.http.HttpClient.newBuilder()
                .followRedirects(java.net.http.HttpClient.Redirect.NEVER)
                .cookieHandler(new java.net.CookieManager())
                .build();
        assertThat(formSignIn(browser, username, password))
                .as("where the sign-in form sent the browser")
                .doesNotContain("error");
        try {
            var page = browser.send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path))
                            .build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding());
            return page.statusCode() == 200
                    ? "200"
                    : page.statusCode() + " "
                            + page.headers().firstValue("Location").orElse("");
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private String page(String path) {
        try {
            return http.send(
                            java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path))
                                    .header("Accept-Language", "vi-VN")
                                    .build(),
                            java.net.http.HttpResponse.BodyHandlers.ofString())
                    .body();
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private org.springframework.security.core.Authentication signIn(String username, String password) {
        return provider.authenticate(new UsernamePasswordAuthenticationToken(username, password));
    }

    private void link(String username, String dn) {
        jdbc.sql("update app_user set directory_dn = :dn where username = :u")
                .param("dn", dn)
                .param("u", username)
                .update();
    }

    private String linkedEntry(String username) {
        return jdbc.sql("select directory_dn from app_user where username = :u")
                .param("u", username)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    private String hash(String username) {
        return jdbc.sql("select password_hash from app_user where username = :u")
                .param("u", username)
                .query(String.class)
                .single();
    }

    private String account(String username, String role, String password, boolean mustChange) {
        jdbc.sql("""
                        insert into app_user (username, full_name, employee_code, unit_id, roles, password_hash,
                                              must_change_password, search_text)
                        values (:u, 'Người Thử Thư Mục', 'NV-' || :u,
                                (select id from unit where parent_id is null order by id limit 1),
                                array[:role], :hash, :change, 'nguoi thu thu muc')""")
                .param("u", username)
                .param("role", role)
                .param("hash", encoder.encode(password))
                .param("change", mustChange)
                .update();
        return username;
    }
}
