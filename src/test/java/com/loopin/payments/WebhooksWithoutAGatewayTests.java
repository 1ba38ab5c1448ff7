package com.loopin.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * An instance without a gateway (no keys: {@link NoGateway}) can share the database with instances that have one (a
 * deployment half configured, or the test suite's contexts): it must leave their webhooks alone. It used to take them
 * and, reading each as nothing to do, mark them processed: a captured payment was then never acted on (no ticket),
 * and nothing was logged.
 */
class WebhooksWithoutAGatewayTests {

    @Test
    void anInstanceWithoutAGatewayTakesNoWebhook() {
        WebhookRepository stored = mock(WebhookRepository.class);
        PlatformTransactionManager transactions = mock(PlatformTransactionManager.class);
        GatewayWebhooks webhooks = new GatewayWebhooks(
                stored,
                new NoGateway(),
                mock(Captures.class),
                mock(Refunds.class),
                mock(PayoutAccounts.class),
                mock(HostTransfers.class),
                mock(DisputeRepository.class),
                mock(OrderRepository.class),
                JsonMapper.builder().build(),
                transactions,
                Clock.systemUTC());

        assertThat(webhooks.process()).isZero();

        verifyNoInteractions(stored, transactions);
    }
}
