package com.loopin.platform;

import com.loopin.database.DatabaseTrouble;
import com.loopin.shared.ErrorCode;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sheds load fairly before it piles up. When more requests already wait for a database connection than {@code
 * DB_MAX_QUEUED_REQUESTS}, a request whose client holds more than an equal share of the requests in flight is
 * answered 503 at once instead of waiting out the pool timeout; other clients' requests still wait their turn,
 * so a burst of many clients that the pool drains within its timeout is served, and one greedy client cannot
 * take everyone's answers. Beyond four times that many waiting, every new request is shed. Also answers 503
 * (not 500) for database trouble raised outside Spring MVC, in a filter.
 */
class DatabaseBackpressureFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseBackpressureFilter.class);

    /** Answered from memory: never shed. */
    private static final Set<String> WITHOUT_DATABASE =
            Set.of("/api", "/api/", "/api/health", "/api/auth/event-interests");

    private final IntSupplier waitingForConnection;
    private final int maxWaiting;
    private final ClientTraffic traffic;
    private final ProblemWriter problems;

    DatabaseBackpressureFilter(
            IntSupplier waitingForConnection, int maxWaiting, ClientTraffic traffic, ProblemWriter problems) {
        this.waitingForConnection = waitingForConnection;
        this.maxWaiting = maxWaiting;
        this.traffic = traffic;
        this.problems = problems;
    }

    static IntSupplier waitingOn(HikariDataSource dataSource) {
        return () -> {
            HikariPoolMXBean pool = dataSource == null ? null : dataSource.getHikariPoolMXBean();
            return pool == null ? 0 : pool.getThreadsAwaitingConnection();
        };
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return WITHOUT_DATABASE.contains(path) || path.startsWith("/actuator/") || path.startsWith("/api/docs");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        int waiting = waitingForConnection.getAsInt();
        if (waiting > maxWaiting && (waiting > 4 * maxWaiting || moreThanItsShare(request))) {
            log.warn(
                    "Shedding {} {}: {} requests already wait for a database connection",
                    request.getMethod(),
                    request.getRequestURI(),
                    waiting);
            unavailable(request, response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (!DatabaseTrouble.isTransient(e) || response.isCommitted()) {
                throw e;
            }
            log.warn(
                    "Service unavailable for {} {}: {}",
                    request.getMethod(),
                    request.getRequestURI(),
                    DatabaseTrouble.describe(e));
            response.resetBuffer();
            unavailable(request, response);
        }
    }

    private boolean moreThanItsShare(HttpServletRequest request) {
        return !(request.getAttribute(ClientGuardFilter.ADMISSION) instanceof ClientTraffic.Admission admission)
                || traffic.holdsMoreThanFairShare(admission);
    }

    private void unavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(DatabaseTrouble.RETRY_AFTER.toSeconds()));
        problems.write(
                request,
                response,
                ErrorCode.SERVICE_UNAVAILABLE,
                "The service is temporarily unavailable. Please try again in a few seconds.");
    }
}
