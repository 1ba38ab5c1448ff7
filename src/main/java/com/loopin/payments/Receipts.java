package com.loopin.payments;

import com.loopin.events.EventFacts;
import com.loopin.events.EventSeats;
import com.loopin.shared.BusinessTime;
import com.loopin.shared.Caller;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * A receipt per payment: the seats (the host's supply, collected for them), the platform's fee and the GST on it
 * under the platform's GSTIN ({@code PLATFORM_GSTIN}), and what was refunded. GST on the seats is the host's matter.
 */
@Service
class Receipts {

    private final OrderRepository orders;
    private final EventSeats events;
    private final PaymentProperties properties;
    private final BusinessTime time;

    Receipts(OrderRepository orders, EventSeats events, PaymentProperties properties, BusinessTime time) {
        this.orders = orders;
        this.events = events;
        this.properties = properties;
        this.time = time;
    }

    Receipt of(Caller caller, String orderId) {
        long userId = caller.requireUser();
        PaymentOrder order = orders.find(orderId)
                .filter(found -> found.userId() == userId && found.paidAt() != null)
                .orElseThrow(PaymentRefusedException::notFound);
        EventFacts event = events.find(order.eventId()).orElse(null);
        return new Receipt(
                order.id(),
                time.display(order.paidAt()),
                new Issuer(properties.platformName(), blankToNull(properties.platformGstin())),
                order.eventId(),
                event == null ? null : event.title(),
                event == null ? null : time.display(event.startsAt()),
                order.paymentId(),
                List.of(
                        Line.of("Seats, collected for the host", order.seats(), order.seatPaise()),
                        Line.of("Platform fee", order.seats(), order.feePaise()),
                        Line.of("GST on the platform fee", order.seats(), order.feeGstPaise())),
                order.amountPaise(),
                order.refundedPaise(),
                order.currency());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    record Receipt(
            @Schema(description = "Our order id") String receiptNumber,
            OffsetDateTime paidAt,
            Issuer issuer,
            String eventId,
            @Schema(nullable = true) String eventTitle,
            @Schema(nullable = true) OffsetDateTime eventStartsAt,
            String paymentId,
            List<Line> lines,
            long totalPaise,
            long refundedPaise,
            String currency) {}

    record Issuer(
            String name,

            @Schema(nullable = true, description = "PLATFORM_GSTIN")
            String gstin) {}

    record Line(
            String description,
            int quantity,
            long unitPaise,

            @Schema(description = "quantity × unit, in paise")
            long amountPaise) {

        static Line of(String description, int quantity, long unitPaise) {
            return new Line(description, quantity, unitPaise, quantity * unitPaise);
        }
    }
}
