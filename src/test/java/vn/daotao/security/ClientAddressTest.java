package vn.daotao.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientAddressTest {

    @Test
    void anIpv6AddressCountsByItsSlash64AndIpv4ByItself() {
        assertThat(ClientAddress.key("203.0.113.7")).isEqualTo("203.0.113.7");
        assertThat(ClientAddress.key("2001:db8:aa:bb:1:2:3:4")).isEqualTo("2001:db8:aa:bb::/64");
        assertThat(ClientAddress.key("2001:0db8:00aa:00bb:ffff:0:0:9"))
                .as("another address of the same network")
                .isEqualTo("2001:db8:aa:bb::/64");
        assertThat(ClientAddress.key("[2001:db8:aa:bc::1]")).isEqualTo("2001:db8:aa:bc::/64");
        assertThat(ClientAddress.key("fe80::1%eth0")).isEqualTo("fe80:0:0:0::/64");
        assertThat(ClientAddress.key("::ffff:198.51.100.2"))
                .as("IPv4 written as IPv6")
                .isEqualTo("198.51.100.2");
        assertThat(ClientAddress.key("")).isEmpty();
        assertThat(ClientAddress.key(null)).isEmpty();
    }
}
