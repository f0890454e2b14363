package vn.daotao.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void tenCharactersNotTheUserNameNotCommon() {
        assertThat(PasswordPolicy.violations("nhanvien", "Hoc-tap-2026!")).isEmpty();
        assertThat(PasswordPolicy.violations("nhanvien", "ngắn")).containsExactly("password.error.short");
        assertThat(PasswordPolicy.violations("truongdonvi", "TruongDonVi")).containsExactly("password.error.username");
        assertThat(PasswordPolicy.violations("nhanvien", "1234567890")).containsExactly("password.error.common");
        assertThat(PasswordPolicy.violations("nhanvien", "demo12345"))
                .contains("password.error.short", "password.error.common");
        assertThat(PasswordPolicy.violations("x", "Mật-khẩu-có-dấu"))
                .as("Vietnamese letters count as characters")
                .isEmpty();
        assertThat(PasswordPolicy.violations("x", null)).containsExactly("password.error.short");
    }
}
