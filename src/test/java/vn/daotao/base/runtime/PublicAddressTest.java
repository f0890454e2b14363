package vn.daotao.base.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** Issue 13: production needs the public address certificates print; a local one is flagged. */
class PublicAddressTest {

    @Test
    void productionRefusesToStartWithoutIt() {
        MockEnvironment prod = new MockEnvironment();
        prod.setActiveProfiles("prod");
        assertThatThrownBy(() -> new PublicAddress("", prod))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("APP_PUBLIC_URL");
        assertThatThrownBy(() -> new PublicAddress("ftp://daotao.example", prod))
                .hasMessageContaining("http or https");
        PublicAddress set = new PublicAddress("https://daotao.example.gov.vn/", prod);
        assertThat(set.url()).isEqualTo("https://daotao.example.gov.vn");
        assertThat(set.looksLocal()).isFalse();
    }

    @Test
    void elsewhereItDefaultsToThisMachineAndSaysSo() {
        PublicAddress demo = new PublicAddress("", new MockEnvironment());
        assertThat(demo.url()).isEqualTo("http://localhost:8080");
        assertThat(demo.looksLocal()).isTrue();
        assertThat(new PublicAddress("http://127.0.0.1:8080", new MockEnvironment()).looksLocal())
                .isTrue();
    }
}
