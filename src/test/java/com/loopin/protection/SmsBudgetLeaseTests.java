package com.loopin.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.support.SimpleTransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

class SmsBudgetLeaseTests {

    final Clock clock = Clock.fixed(Instant.parse("2026-12-05T10:15:00Z"), ZoneOffset.UTC);
    final CounterRepository counters = mock(CounterRepository.class);

    @Test
    void requestsThatWaitedForAFailedLeaseFailAtOnceInsteadOfWaitingForTheDatabaseInTurn() throws Exception {
        var leaseStarted = new CountDownLatch(1);
        var databaseGivesUp = new CountDownLatch(1);
        when(counters.tryTake(anyString(), any(), anyInt(), anyInt())).thenAnswer(call -> {
            leaseStarted.countDown();
            databaseGivesUp.await(5, TimeUnit.SECONDS);
            throw new DataAccessResourceFailureException("the database refuses connections");
        });
        var budget = budgetOf(10_000);

        try (var requests = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<?> first = requests.submit(budget::take);
            assertThat(leaseStarted.await(5, TimeUnit.SECONDS)).isTrue();
            Future<?> second = requests.submit(budget::take);
            Thread.sleep(100); // the second waits for the first's lease
            databaseGivesUp.countDown();

            assertThatThrownBy(first::get).hasCauseInstanceOf(DataAccessResourceFailureException.class);
            assertThatThrownBy(second::get).hasCauseInstanceOf(TransientDataAccessException.class);
        }
        verify(counters, times(1)).tryTake(anyString(), any(), anyInt(), anyInt());
    }

    @Test
    void aRequestArrivingAfterAFailedLeaseTriesTheDatabaseAgain() {
        when(counters.tryTake(anyString(), any(), anyInt(), anyInt()))
                .thenThrow(new DataAccessResourceFailureException("down"))
                .thenReturn(true);
        var budget = budgetOf(10_000);

        assertThatThrownBy(budget::take).isInstanceOf(DataAccessResourceFailureException.class);
        assertThat(budget.take()).isEqualTo(Instant.parse("2026-12-05T10:00:00Z"));
    }

    @Test
    void aSendThatDidNotHappenGoesBackToTheLeaseWithoutAskingTheDatabase() {
        when(counters.tryTake(anyString(), any(), anyInt(), anyInt())).thenReturn(true);
        var budget = budgetOf(100); // one send per lease

        Instant window = budget.take();
        budget.giveBack(window);
        budget.take();

        verify(counters, times(1)).tryTake(anyString(), any(), anyInt(), anyInt());
        verify(counters, times(0)).refund(anyString(), any());
    }

    private SmsBudget budgetOf(int max) {
        return new SmsBudget(
                Limit.of("sms_budget_hour", "sms-budget-hour", max, Duration.ofHours(1)),
                counters,
                new ImmediateTransaction(),
                new SimpleMeterRegistry(),
                clock);
    }

    /** Runs the callback as it is: the counter is a mock. */
    static class ImmediateTransaction extends TransactionTemplate {
        @Override
        public <T> T execute(TransactionCallback<T> action) {
            return action.doInTransaction(new SimpleTransactionStatus());
        }
    }
}
