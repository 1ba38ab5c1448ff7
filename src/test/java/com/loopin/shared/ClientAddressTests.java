package com.loopin.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.util.unit.DataSize;

class ClientAddressTests {

    @Test
    void limitsCountAnIpv6ClientByItsSlash64AndAnIpv4ClientByItsAddress() {
        assertThat(ClientAddress.limitKey("2001:db8:abcd:12:1::7"))
                .isEqualTo(ClientAddress.limitKey("2001:db8:abcd:12:ffff:ffff:ffff:ffff"))
                .isEqualTo("2001:db8:abcd:12::/64");
        assertThat(ClientAddress.limitKey("2001:db8:abcd:13::1")).isNotEqualTo("2001:db8:abcd:12::/64");
        assertThat(ClientAddress.limitKey("[2001:db8::1]")).isEqualTo("2001:db8:0:0::/64");
        assertThat(ClientAddress.limitKey("203.0.113.9")).isEqualTo("203.0.113.9");
    }

    @Test
    void ignoresForwardedForFromAnUntrustedPeer() {
        var address = clientAddress(List.of());
        assertThat(address.of(request("203.0.113.9", "1.2.3.4"))).isEqualTo("203.0.113.9");
    }

    @Test
    void believesForwardedForFromATrustedProxy() {
        var address = clientAddress(List.of("10.0.0.0/8"));
        assertThat(address.of(request("10.1.2.3", "198.51.100.7"))).isEqualTo("198.51.100.7");
    }

    @Test
    void takesTheRightmostAddressThatIsNotATrustedProxy() {
        var address = clientAddress(List.of("10.0.0.0/8"));
        // the client wrote "1.1.1.1" itself; the proxy appended the address it really saw
        assertThat(address.of(request("10.0.0.5", "1.1.1.1, 198.51.100.7, 10.0.0.9")))
                .isEqualTo("198.51.100.7");
    }

    @Test
    void readsEveryForwardedForLineSoAProxysOwnLineWins() {
        var address = clientAddress(List.of("10.0.0.0/8"));
        // the client sent a forged line; HAProxy's "option forwardfor" adds a line of its own with the real address
        var request = request("10.0.0.5", "1.1.1.1");
        request.addHeader("X-Forwarded-For", "198.51.100.7");
        assertThat(address.of(request)).isEqualTo("198.51.100.7");
    }

    @Test
    void fallsBackToThePeerWhenTheHeaderIsMissingOrGarbage() {
        var address = clientAddress(List.of("10.0.0.0/8"));
        assertThat(address.of(request("10.0.0.5", null))).isEqualTo("10.0.0.5");
        assertThat(address.of(request("10.0.0.5", " , "))).isEqualTo("10.0.0.5");
    }

    private static ClientAddress clientAddress(List<String> trusted) {
        return new ClientAddress(new AppProperties(
                ZoneId.of("Asia/Kolkata"), "IN", List.of(), DataSize.ofKilobytes(64), trusted, "k", "development"));
    }

    private static MockHttpServletRequest request(String peer, String forwardedFor) {
        var request = new MockHttpServletRequest();
        request.setRemoteAddr(peer);
        if (forwardedFor != null) {
            request.addHeader("X-Forwarded-For", forwardedFor);
        }
        return request;
    }
}
