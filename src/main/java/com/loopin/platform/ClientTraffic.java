package com.loopin.platform;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The requests each client address has in flight on this instance and how fast it sends them: the in-memory
 * guard that runs before any database work ({@link ClientGuardFilter}), and the measure of a fair share when
 * the connection pool is congested ({@link DatabaseBackpressureFilter}).
 *
 * <p>Memory is bounded: idle addresses are forgotten after a minute, and beyond {@value #MAX_TRACKED} addresses
 * at once the newcomers are let through unguarded (counted for fair shedding only) until room is made: a crowd
 * of real people must not be limited as one client, and the limits in the database still apply to them.
 */
@Component
class ClientTraffic {

    static final int MAX_TRACKED = 50_000;
    private static final long IDLE_NANOS = Duration.ofMinutes(1).toNanos();

    private final Map<String, Client> clients = new ConcurrentHashMap<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger busyClients = new AtomicInteger();
    private final ClientLimits limits;
    private final Client unguarded =
            new Client(new ClientLimits(Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE));

    ClientTraffic(ClientLimits limits) {
        this.limits = limits;
    }

    /** Lets a request in, or says how long its client must wait. */
    Admission admit(String address, boolean refresh) {
        long now = System.nanoTime();
        Client client = clientOf(address);
        client.seenAt = now;
        if (!client.requests.take(now)) {
            return Admission.refused(client.requests.nanosUntilNext(now));
        }
        if (refresh && !client.refreshes.take(now)) {
            return Admission.refused(client.refreshes.nanosUntilNext(now));
        }
        int mine = client.inFlight.incrementAndGet();
        if (mine > client.maxConcurrent) {
            client.inFlight.decrementAndGet();
            return Admission.refused(Duration.ofSeconds(1).toNanos());
        }
        if (mine == 1) {
            busyClients.incrementAndGet();
        }
        inFlight.incrementAndGet();
        return new Admission(client, 0);
    }

    void release(Admission admission) {
        inFlight.decrementAndGet();
        if (admission.client().inFlight.decrementAndGet() == 0) {
            busyClients.decrementAndGet();
        }
    }

    /** True when the client holds more requests in flight than an equal share of everything in flight. */
    boolean holdsMoreThanFairShare(Admission admission) {
        int clients = Math.max(1, busyClients.get());
        Client client = admission.client();
        // the unguarded entry stands for many addresses, not one greedy client
        return client != null && client != unguarded && client.inFlight.get() > Math.max(1, inFlight.get() / clients);
    }

    @Scheduled(fixedDelay = 30_000)
    void forgetIdle() {
        long now = System.nanoTime();
        clients.values().removeIf(client -> client.inFlight.get() == 0 && now - client.seenAt > IDLE_NANOS);
    }

    int tracked() {
        return clients.size();
    }

    private Client clientOf(String address) {
        if (address == null) {
            return unguarded;
        }
        Client client = clients.get(address);
        if (client != null) {
            return client;
        }
        if (clients.size() >= MAX_TRACKED) {
            return unguarded;
        }
        return clients.computeIfAbsent(address, k -> new Client(limits));
    }

    /** A request let in (with its client), or refused with the nanoseconds until its client may send again. */
    record Admission(Client client, long retryAfterNanos) {
        static Admission refused(long retryAfterNanos) {
            return new Admission(null, retryAfterNanos);
        }

        boolean admitted() {
            return client != null;
        }
    }

    static final class Client {
        final AtomicInteger inFlight = new AtomicInteger();
        final int maxConcurrent;
        final TokenBucket requests;
        final TokenBucket refreshes;
        volatile long seenAt;

        Client(ClientLimits limits) {
            maxConcurrent = limits.maxConcurrent();
            requests = new TokenBucket(limits.burst(), limits.requestsPerSecond(), Duration.ofSeconds(1));
            refreshes =
                    new TokenBucket(limits.refreshesPerMinute(), limits.refreshesPerMinute(), Duration.ofMinutes(1));
        }
    }

    /** Holds up to {@code capacity} tokens, refilled at {@code perPeriod} per period; a request takes one. */
    static final class TokenBucket {
        private final double capacity;
        private final double perNano;
        private double tokens;
        private long filledAt;

        TokenBucket(int capacity, int perPeriod, Duration period) {
            this.capacity = capacity;
            this.perNano = perPeriod / (double) period.toNanos();
            this.tokens = capacity;
            this.filledAt = System.nanoTime();
        }

        synchronized boolean take(long now) {
            refill(now);
            if (tokens < 1) {
                return false;
            }
            tokens -= 1;
            return true;
        }

        synchronized long nanosUntilNext(long now) {
            refill(now);
            return tokens >= 1 ? 0 : (long) Math.ceil((1 - tokens) / perNano);
        }

        private void refill(long now) {
            tokens = Math.min(capacity, tokens + (now - filledAt) * perNano);
            filledAt = now;
        }
    }
}
