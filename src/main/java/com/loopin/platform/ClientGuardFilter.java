package com.loopin.platform;

import com.loopin.shared.ClientAddress;
import com.loopin.shared.ErrorCode;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The first guard of every API and console request, before any database work: one client address may have
 * {@code CLIENT_MAX_CONCURRENT_REQUESTS} requests in flight and send {@code CLIENT_REQUESTS_PER_SECOND} (with a
 * burst), and refresh tokens {@code RATE_LIMIT_REFRESH_PER_IP} times a minute. Beyond that it is answered 429
 * {@code RATE_LIMITED} with Retry-After at once, from memory. The limits in the database (codes, verifications,
 * staff sign-ins) still apply behind it, across instances.
 */
class ClientGuardFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(ClientGuardFilter.class);
    static final String ADMISSION = ClientGuardFilter.class.getName() + ".admission";
    private static final String REFRESH = "/api/auth/refresh";

    private final ClientTraffic traffic;
    private final ClientAddress clientAddress;
    private final ProblemWriter problems;
    private final Counter refused;
    private final Set<String> untrustedProxiesSeen = ConcurrentHashMap.newKeySet();

    ClientGuardFilter(
            ClientTraffic traffic, ClientAddress clientAddress, ProblemWriter problems, MeterRegistry meters) {
        this.traffic = traffic;
        this.clientAddress = clientAddress;
        this.problems = problems;
        this.refused = meters.counter("loopin.clients.refused");
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return !(path.equals("/api")
                        || path.startsWith("/api/")
                        || path.startsWith("/admin/")
                        || path.startsWith("/dev/"))
                || path.equals("/api/health");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String client = clientAddress.of(request);
        if (client.equals(request.getRemoteAddr())) {
            // only a request whose forwarded addresses were not believed can come from an unlisted balancer
            warnOfAnUntrustedProxy(request);
        }
        String address = ClientAddress.limitKey(client);
        var admission = traffic.admit(address, REFRESH.equals(request.getRequestURI()));
        if (!admission.admitted()) {
            refused.increment();
            long seconds =
                    Math.max(1, Duration.ofNanos(admission.retryAfterNanos()).toSeconds() + 1);
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
            problems.write(
                    request,
                    response,
                    ErrorCode.RATE_LIMITED,
                    "Too many requests from this address. Please try again in " + seconds + " seconds.");
            return;
        }
        request.setAttribute(ADMISSION, admission);
        try {
            chain.doFilter(request, response);
        } finally {
            traffic.release(admission);
        }
    }

    /**
     * A balancer missing from {@code TRUSTED_PROXIES} makes every client behind it one address, which this guard
     * would then limit as one client: said once per such address, in the log.
     */
    private void warnOfAnUntrustedProxy(HttpServletRequest request) {
        String remote = request.getRemoteAddr();
        if (request.getHeader("X-Forwarded-For") != null
                && !clientAddress.isTrustedProxy(remote)
                && untrustedProxiesSeen.size() < 100
                && untrustedProxiesSeen.add(remote)) {
            log.warn(
                    "Requests from {} carry X-Forwarded-For, but TRUSTED_PROXIES does not list it: if it is your"
                            + " balancer, every client behind it counts as one address for the per-address limits",
                    remote);
        }
    }
}
