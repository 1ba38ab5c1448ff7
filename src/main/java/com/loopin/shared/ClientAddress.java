package com.loopin.shared;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Collections;
import java.util.List;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.stereotype.Component;

/**
 * The address of the client behind a request. {@code X-Forwarded-For} is believed only when the request comes
 * from a proxy listed in {@code TRUSTED_PROXIES}; then, over all its header lines in order, the rightmost address
 * that is not itself a trusted proxy is the client, because everything left of it may have been written by the
 * client.
 */
@Component
public class ClientAddress {

    private final List<IpAddressMatcher> trustedProxies;

    public ClientAddress(AppProperties properties) {
        this.trustedProxies =
                properties.trustedProxies().stream().map(IpAddressMatcher::new).toList();
    }

    /**
     * What per-address limits count by: an IPv4 address as it is, an IPv6 address by its /64 network (one
     * subscriber usually gets a whole /64, so counting single IPv6 addresses would let a client rotate through
     * billions of them).
     */
    public static String limitKey(String address) {
        if (address == null || !address.contains(":")) {
            return address;
        }
        try {
            byte[] bytes =
                    InetAddress.getByName(address.replaceAll("^\\[|\\]$", "")).getAddress();
            if (bytes.length != 16) {
                return address;
            }
            var network = new StringBuilder();
            for (int i = 0; i < 8; i += 2) {
                network.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff)))
                        .append(':');
            }
            return network.append(":/64").toString();
        } catch (UnknownHostException e) {
            return address;
        }
    }

    public String of(HttpServletRequest request) {
        String remote = request.getRemoteAddr();
        if (!isTrusted(remote)) {
            return remote;
        }
        // every header line, in order: a proxy may append a line of its own rather than extend the client's
        String forwarded = String.join(",", Collections.list(request.getHeaders("X-Forwarded-For")));
        if (forwarded.isBlank()) {
            return remote;
        }
        String[] hops = forwarded.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!hop.isEmpty() && !isTrusted(hop)) {
                return hop;
            }
        }
        return remote;
    }

    public boolean isTrustedProxy(String address) {
        return isTrusted(address);
    }

    private boolean isTrusted(String address) {
        try {
            return trustedProxies.stream().anyMatch(proxy -> proxy.matches(address));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
