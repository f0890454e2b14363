package vn.daotao.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.daotao.base.UserFacingException;

@SpringBootTest
class AccountServiceTest {

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    ApplicationContext app;

    @AfterEach
    void signOut() {
        TestSignIn.clear(app);
    }

    @Test
    void aPersonChangesTheirOwnPasswordUnderThePolicy() {
        String user = "pw" + UUID.randomUUID().toString().substring(0, 6);
        jdbc.sql("""
                        insert into app_user (username, full_name, unit_id, password_hash, must_change_password)
                        values (:u, 'Người Đổi Mật Khẩu', (select min(id) from unit), :h, true)""")
                .param("u", user)
                .param("h", encoder.encode("TamThoi-2026"))
                .update();
        TestSignIn.as(app, user);
        assertThat(accounts.mustChangePassword()).isTrue();

        assertThatThrownBy(() -> accounts.changePassword("sai", "Moi-An-Toan-2026", "Moi-An-Toan-2026"))
                .isInstanceOf(UserFacingException.class)
                .hasMessage("password.error.current");
        assertThatThrownBy(() -> accounts.changePassword("TamThoi-2026", "Moi-An-Toan-2026", "Khac-2026-xyz"))
                .hasMessage("password.error.mismatch");
        assertThatThrownBy(() -> accounts.changePassword("TamThoi-2026", "ngan", "ngan"))
                .hasMessage("password.error.short");
        assertThatThrownBy(() -> accounts.changePassword("TamThoi-2026", user + "", user))
                .isInstanceOf(UserFacingException.class);
        assertThat(accounts.mustChangePassword())
                .as("nothing changed by refused attempts")
                .isTrue();

        accounts.changePassword("TamThoi-2026", "Moi-An-Toan-2026", "Moi-An-Toan-2026");
        assertThat(accounts.mustChangePassword()).isFalse();
        String hash = jdbc.sql("select password_hash from app_user where username = :u")
                .param("u", user)
                .query(String.class)
                .single();
        assertThat(encoder.matches("Moi-An-Toan-2026", hash)).isTrue();
        assertThat(jdbc.sql(
                                "select count(*) from audit_event where action = 'PASSWORD_CHANGED' and actor_username = :u")
                        .param("u", user)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }
}
