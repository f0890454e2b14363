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
        assertThat(lastActions("tc0001", 3)).containsExactly("LOGIN_REJECTED_LOCKED", "ACCOUNT_LOCKED", "LOGIN_FAILED");
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
