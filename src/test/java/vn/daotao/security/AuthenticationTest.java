package vn.daotao.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Sign-in against the accounts in PostgreSQL, through the same AuthenticationManager the login form uses. */
@SpringBootTest
class AuthenticationTest {

    @Autowired
    AuthenticationConfiguration configuration;

    @Autowired
    LoginThrottle throttle;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    AuthenticationManager manager;

    @BeforeEach
    void setUp() throws Exception {
        manager = configuration.getAuthenticationManager();
        throttle.reset("tc0001");
        throttle.reset("no-such-user");
    }

    @Test
    void correctPasswordSignsInWithRolesFromTheDatabase() {
        Authentication result = manager.authenticate(token("truongdonvi", "demo12345"));
        assertThat(result.getAuthorities())
                .extracting(a -> a.getAuthority())
                .filteredOn(a -> a.startsWith("ROLE_"))
                .containsExactlyInAnyOrder("ROLE_UNIT_HEAD", "ROLE_EMPLOYEE");
        assertThat(((AppUserPrincipal) result.getPrincipal()).user().fullName()).isEqualTo("Nguyễn Thị Thanh Hương");
        assertThat(lastActions("truongdonvi", 1)).containsExactly("LOGIN_SUCCEEDED");
    }

    @Test
    void passwordsAreStoredAsBcrypt() {
        String hash = jdbc.sql("select password_hash from app_user where username = 'nhanvien'")
                .query(String.class)
                .single();
        assertThat(hash).startsWith("{bcrypt}$2");
        assertThat(encoder.matches("demo12345", hash)).isTrue();
    }

    @Test
    void fiveFailuresLockTheAccountAndEveryStepIsAudited() {
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> manager.authenticate(token("tc0001", "wrong")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> manager.authenticate(token("tc0001", "demo12345")))
                .isInstanceOf(LockedException.class);
        assertThat(lastActions("tc0001", 3))
                .as("newest first: the lock is recorded as the fifth failure is counted, just before it is audited")
                .containsExactly("LOGIN_REJECTED_LOCKED", "LOGIN_FAILED", "ACCOUNT_LOCKED");
        throttle.reset("tc0001");
        assertThat(manager.authenticate(token("tc0001", "demo12345")).isAuthenticated())
                .isTrue();
    }

    @Test
    void unknownUserNamesFailAndLockExactlyLikeRealOnes() {
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> manager.authenticate(token("no-such-user", "wrong")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> manager.authenticate(token("no-such-user", "x")))
                .isInstanceOf(LockedException.class);
    }

    @Test
    void disabledAccountCannotSignIn() {
        jdbc.sql("update app_user set enabled = false where username = 'kh0005'")
                .update();
        try {
            assertThatThrownBy(() -> manager.authenticate(token("kh0005", "demo12345")))
                    .isNotInstanceOf(LockedException.class)
                    .isInstanceOf(org.springframework.security.core.AuthenticationException.class);
        } finally {
            jdbc.sql("update app_user set enabled = true where username = 'kh0005'")
                    .update();
            throttle.reset("kh0005");
        }
    }

    @Test
    void twentyParallelGuessesGetFivePasswordChecksAtMost() throws Exception {
        String name = "race-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(20);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(20);
        try {
            List<java.util.concurrent.Future<Class<?>>> outcomes = new java.util.ArrayList<>();
            for (int i = 0; i < 20; i++) {
                outcomes.add(pool.submit(() -> {
                    start.await();
                    try {
                        manager.authenticate(token(name, "wrong", "10.20.30.40"));
                        return Authentication.class;
                    } catch (org.springframework.security.core.AuthenticationException e) {
                        return e.getClass();
                    }
                }));
            }
            List<Class<?>> results = new java.util.ArrayList<>();
            for (var outcome : outcomes) {
                results.add(outcome.get());
            }
            assertThat(results)
                    .filteredOn(BadCredentialsException.class::equals)
                    .hasSize(5);
            assertThat(results).filteredOn(LockedException.class::equals).hasSize(15);
        } finally {
            pool.shutdown();
        }
        assertThat(jdbc.sql("""
                        select count(*) from audit_event
                         where actor_username = :u and action = 'LOGIN_FAILED' and details ->> 'reason' = 'BAD_CREDENTIALS'""").param("u", name).query(Integer.class).single())
                .as("password checks")
                .isEqualTo(5);
    }

    @Test
    void anAttackerWithoutThePasswordLocksOnlyHimselfOut() {
        throttle.reset("tc0002");
        try {
            for (int i = 0; i < 10; i++) {
                assertThatThrownBy(() -> manager.authenticate(token("tc0002", "guess", "203.0.113.66")))
                        .isInstanceOfAny(BadCredentialsException.class, LockedException.class);
            }
            assertThatThrownBy(() -> manager.authenticate(token("tc0002", "demo12345", "203.0.113.66")))
                    .as("the attacker's address stays locked even with the right password")
                    .isInstanceOf(LockedException.class);
            assertThat(manager.authenticate(token("tc0002", "demo12345", "198.51.100.7"))
                            .isAuthenticated())
                    .as("the owner at their own computer signs in")
                    .isTrue();
        } finally {
            throttle.reset("tc0002");
        }
    }

    @Test
    void aWrongPasswordTakesAsLongForUnknownNormalOneTimeAndDisabledAccounts() {
        String tag = java.util.UUID.randomUUID().toString().substring(0, 8);
        String cheap = "{bcrypt}"
                + new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder(4).encode("Mot-lan-123");
        for (String[] account : new String[][] {
            {"onetime-" + tag, cheap, "true"}, {"disabled-" + tag, encoder.encode("demo12345"), "false"}
        }) {
            jdbc.sql("""
                            insert into app_user (username, full_name, unit_id, roles, password_hash, search_text, enabled)
                            values (:u, 'Người Đo Thời Gian', (select id from unit where parent_id is null order by id limit 1),
                                    '{EMPLOYEE}', :h, 'nguoi do thoi gian', :e)""")
                    .param("u", account[0])
                    .param("h", account[1])
                    .param("e", Boolean.parseBoolean(account[2]))
                    .update();
        }
        List<String> names = List.of("unknown-" + tag, "tc0003", "onetime-" + tag, "disabled-" + tag);
        long[][] nanos = new long[names.size()][15];
        int address = 0;
        for (int round = -3; round < 15; round++) { // three rounds to warm up
            for (int k = 0; k < names.size(); k++) {
                String from = "192.0.2." + (address++ % 250) + "-" + tag;
                String name = names.get(k);
                long start = System.nanoTime();
                assertThatThrownBy(() -> manager.authenticate(token(name, "sai-mat-khau", from)))
                        .isInstanceOf(BadCredentialsException.class);
                if (round >= 0) {
                    nanos[k][round] = System.nanoTime() - start;
                }
            }
        }
        double[] medians = new double[names.size()];
        for (int k = 0; k < names.size(); k++) {
            java.util.Arrays.sort(nanos[k]);
            medians[k] = nanos[k][7] / 1e6;
        }
        System.out.println("Sign-in with a wrong password, median ms (unknown, normal, one-time, disabled): "
                + java.util.Arrays.toString(medians));
        double fastest = java.util.Arrays.stream(medians).min().orElseThrow();
        double slowest = java.util.Arrays.stream(medians).max().orElseThrow();
        assertThat(slowest / fastest)
                .as("medians (ms) unknown, normal, one-time, disabled: %s", java.util.Arrays.toString(medians))
                .isLessThanOrEqualTo(1.2);
        throttle.reset("tc0003");
    }

    @Test
    void aUserNameNoAccountCanHaveIsRefusedBeforeAnythingStoresIt() {
        String name = "x".repeat(60) + "MatKhau2026!";
        assertThatThrownBy(() -> manager.authenticate(token("Mật khẩu 2026!", "anything", "192.0.2.200")))
                .as("not the account format: maybe a password typed into the name field")
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> manager.authenticate(token(name, "anything", "192.0.2.200")))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(jdbc.sql("select count(*) from login_attempt where username like 'xxxxxxxxxx%'")
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from audit_event where actor_username like '%MatKhau2026%'"
                                + " or target_id like '%MatKhau2026%' or actor_username like '%khẩu 2026%'")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    private static UsernamePasswordAuthenticationToken token(String username, String password, String address) {
        UsernamePasswordAuthenticationToken token =
                UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        token.setDetails(new org.springframework.security.web.authentication.WebAuthenticationDetails(address, null));
        return token;
    }

    private static UsernamePasswordAuthenticationToken token(String username, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(username, password);
    }

    private List<String> lastActions(String username, int count) {
        return jdbc.sql("select action from audit_event where actor_username = :u order by id desc limit :n")
                .param("u", username)
                .param("n", count)
                .query(String.class)
                .list();
    }
}
