package com.loopin.going;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param requestsPerHour requests one person may make per hour ({@code EVENT_REQUESTS_PER_HOUR})
 * @param requestsPerDay and per day ({@code EVENT_REQUESTS_PER_DAY})
 * @param invitationsPerHour invitation calls (people or links) one host may make per hour ({@code
 *     EVENT_INVITATIONS_PER_HOUR})
 * @param invitationsPerDay and per day ({@code EVENT_INVITATIONS_PER_DAY})
 * @param messagesPerHour messages to guests one host may send per hour ({@code EVENT_MESSAGES_PER_HOUR})
 * @param messagesPerDay and per day ({@code EVENT_MESSAGES_PER_DAY})
 * @param checkInOpensBefore how long before the start the door opens ({@code CHECK_IN_OPENS_HOURS}, 3)
 * @param paymentHold how long seats are held for a payment ({@code PAYMENT_HOLD_MINUTES}, 10)
 * @param ticketKeys {@code TICKET_KEYS}: versioned keys that sign ticket codes, {@code 2:BASE64,1:BASE64}, the current
 *     one first; required in production
 */
@ConfigurationProperties("loopin.going")
public record GoingProperties(
        @DefaultValue("30") int requestsPerHour,
        @DefaultValue("100") int requestsPerDay,
        @DefaultValue("20") int invitationsPerHour,
        @DefaultValue("60") int invitationsPerDay,
        @DefaultValue("10") int messagesPerHour,
        @DefaultValue("30") int messagesPerDay,
        @DefaultValue("3h") Duration checkInOpensBefore,
        List<String> ticketKeys,
        @DefaultValue("10m") Duration paymentHold) {

    public GoingProperties {
        ticketKeys = ticketKeys == null
                ? List.of()
                : ticketKeys.stream()
                        .map(String::strip)
                        .filter(key -> !key.isEmpty())
                        .toList();
    }
}
