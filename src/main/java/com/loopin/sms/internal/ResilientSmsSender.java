package com.loopin.sms.internal;

import com.loopin.shared.PhoneNumber;
import com.loopin.sms.SmsDeliveryException;
import com.loopin.sms.SmsReceipt;
import com.loopin.sms.SmsRecipientRejectedException;
import com.loopin.sms.SmsSender;
import com.loopin.sms.VerificationSms;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * One provider behind a circuit breaker and a retry with backoff, timed and counted per provider. Transient
 * failures are retried; when the provider keeps failing the breaker opens and calls fail at once, so a hanging
 * provider cannot tie up the API's threads. A bulkhead lets at most {@code SMS_MAX_CONCURRENT_SENDS} calls be in
 * flight; beyond that a send fails at once instead of queueing. The longest a send can take is {@code
 * SMS_TIMEOUT_SECONDS × SMS_MAX_ATTEMPTS} plus the backoff between tries (0.2 s, 0.4 s, …).
 */
class ResilientSmsSender implements SmsSender {

    private final String name;
    private final SmsSender provider;
    private final CircuitBreaker breaker;
    private final Retry retry;
    private final Bulkhead bulkhead;
    private final MeterRegistry meters;

    ResilientSmsSender(String name, SmsSender provider, int maxAttempts, MeterRegistry meters) {
        this(name, provider, maxAttempts, 16, Duration.ofSeconds(30), meters);
    }

    ResilientSmsSender(
            String name,
            SmsSender provider,
            int maxAttempts,
            int maxConcurrentCalls,
            Duration breakerOpen,
            MeterRegistry meters) {
        this.name = name;
        this.bulkhead = Bulkhead.of(
                "sms-" + name,
                BulkheadConfig.custom()
                        .maxConcurrentCalls(maxConcurrentCalls)
                        .maxWaitDuration(Duration.ZERO)
                        .build());
        this.provider = provider;
        this.meters = meters;
        this.breaker = CircuitBreaker.of(
                "sms-" + name,
                CircuitBreakerConfig.custom()
                        .slidingWindowSize(10)
                        .minimumNumberOfCalls(5)
                        .failureRateThreshold(50)
                        .waitDurationInOpenState(breakerOpen)
                        .permittedNumberOfCallsInHalfOpenState(2)
                        .recordException(e -> e instanceof ProviderFailure)
                        .build());
        this.retry = Retry.of(
                "sms-" + name,
                RetryConfig.custom()
                        .maxAttempts(maxAttempts)
                        .intervalFunction(IntervalFunction.ofExponentialBackoff(Duration.ofMillis(200), 2.0))
                        .retryOnException(e -> e instanceof ProviderFailure failure && failure.isTransient())
                        .build());
    }

    String name() {
        return name;
    }

    CircuitBreaker.State state() {
        return breaker.getState();
    }

    @Override
    public SmsReceipt sendVerificationCode(VerificationSms sms) {
        Supplier<SmsReceipt> call = () -> timed(() -> provider.sendVerificationCode(sms));
        try {
            return Bulkhead.decorateSupplier(
                            bulkhead, Retry.decorateSupplier(retry, CircuitBreaker.decorateSupplier(breaker, call)))
                    .get();
        } catch (BulkheadFullException e) {
            meters.counter("loopin.sms.sent", "provider", name, "outcome", "bulkhead_full")
                    .increment();
            throw ProviderFailure.transientFailure("SMS provider " + name + " has too many calls in flight", e);
        } catch (CallNotPermittedException e) {
            meters.counter("loopin.sms.sent", "provider", name, "outcome", "breaker_open")
                    .increment();
            throw ProviderFailure.transientFailure("SMS provider " + name + " is failing; circuit open", e);
        }
    }

    @Override
    public boolean checksCodes() {
        return provider.checksCodes();
    }

    @Override
    public boolean checkCode(PhoneNumber to, String code) {
        try {
            return Bulkhead.decorateSupplier(bulkhead, () -> provider.checkCode(to, code))
                    .get();
        } catch (BulkheadFullException e) {
            throw new SmsDeliveryException("The code could not be checked right now. Please try again.");
        }
    }

    private SmsReceipt timed(Supplier<SmsReceipt> send) {
        Timer.Sample sample = Timer.start(meters);
        String outcome = "failed";
        try {
            SmsReceipt receipt = send.get();
            outcome = "sent";
            return receipt;
        } catch (SmsRecipientRejectedException e) {
            outcome = "rejected";
            throw e;
        } finally {
            sample.stop(meters.timer("loopin.sms.send", "provider", name, "outcome", outcome));
            meters.counter("loopin.sms.sent", "provider", name, "outcome", outcome)
                    .increment();
        }
    }
}
