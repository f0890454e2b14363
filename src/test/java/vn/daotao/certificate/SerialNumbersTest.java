package vn.daotao.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SerialNumbersTest {

    @Test
    void formatsPrefixYearAndSixDigits() {
        assertThat(SerialNumbers.format("BVCTNB", 2026, 123)).isEqualTo("BVCTNB-2026-000123");
        assertThat(SerialNumbers.format("BVCTNB", 2026, 1)).isEqualTo("BVCTNB-2026-000001");
        assertThat(SerialNumbers.format("CN", 2027, 1_234_567))
                .as("a national rollout needs more than six digits")
                .isEqualTo("CN-2027-1234567");
        assertThatThrownBy(() -> SerialNumbers.format("CN", 2026, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
