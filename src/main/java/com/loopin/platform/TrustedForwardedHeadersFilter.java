package com.loopin.platform;

import com.loopin.shared.ClientAddress;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Behind a TLS-terminating balancer listed in {@code TRUSTED_PROXIES}, the request is seen as the client made it:
 * scheme, host and port from {@code X-Forwarded-Proto/Host/Port}. From anyone else those headers are ignored.
 * (The client address is {@link ClientAddress}'s business.)
 */
class TrustedForwardedHeadersFilter extends OncePerRequestFilter {

    private final ClientAddress clientAddress;

    TrustedForwardedHeadersFilter(ClientAddress clientAddress) {
        this.clientAddress = clientAddress;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !clientAddress.isTrustedProxy(request.getRemoteAddr())
                || request.getHeader("X-Forwarded-Proto") == null && request.getHeader("X-Forwarded-Host") == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(new Forwarded(request), response);
    }

    private static final class Forwarded extends HttpServletRequestWrapper {
        private final String scheme;
        private final String host;
        private final int port;

        Forwarded(HttpServletRequest request) {
            super(request);
            String proto = first(request.getHeader("X-Forwarded-Proto"));
            this.scheme = "https".equalsIgnoreCase(proto) || "http".equalsIgnoreCase(proto)
                    ? proto.toLowerCase(Locale.ROOT)
                    : request.getScheme();
            String forwardedHost = first(request.getHeader("X-Forwarded-Host"));
            this.host = forwardedHost == null ? request.getServerName() : forwardedHost.replaceFirst(":\\d+$", "");
            this.port = port(request, first(request.getHeader("X-Forwarded-Port")));
        }

        private int port(HttpServletRequest request, String forwardedPort) {
            if (forwardedPort != null && forwardedPort.matches("\\d{1,5}")) {
                return Integer.parseInt(forwardedPort);
            }
            return scheme.equals(request.getScheme()) ? request.getServerPort() : scheme.equals("https") ? 443 : 80;
        }

        private static String first(String header) {
            return header == null ? null : header.split(",")[0].strip();
        }

        @Override
        public String getScheme() {
            return scheme;
        }

        @Override
        public boolean isSecure() {
            return "https".equals(scheme);
        }

        @Override
        public String getServerName() {
            return host;
        }

        @Override
        public int getServerPort() {
            return port;
        }

        @Override
        public StringBuffer getRequestURL() {
            StringBuffer url = new StringBuffer(scheme).append("://").append(host);
            if (!(scheme.equals("https") && port == 443) && !(scheme.equals("http") && port == 80)) {
                url.append(':').append(port);
            }
            return url.append(getRequestURI());
        }
    }
}
