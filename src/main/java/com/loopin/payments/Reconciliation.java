package com.loopin.payments;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * A day's reconciliation: every payment and refund the gateway settled that day against our ledger, line by line
 * (matched, amounts that differ, or not ours at all), with the day's totals on each side. The gateway is asked with
 * no transaction open; our rows are read after, in one statement each.
 */
@Service
public class Reconciliation {

    private final PaymentGateway gateway;
    private final LedgerRepository ledger;
    private final RefundRepository refundRows;

    Reconciliation(PaymentGateway gateway, LedgerRepository ledger, RefundRepository refundRows) {
        this.gateway = gateway;
        this.ledger = ledger;
        this.refundRows = refundRows;
    }

    /** One settled transaction and what our ledger says of it. */
    public record Line(
            String gatewayId,
            String type,
            String orderId,
            long gatewayPaise,
            Long oursPaise,
            long feePaise,
            long taxPaise,
            String settlementId,
            String outcome) {}

    public record Day(
            LocalDate day,
            List<Line> lines,
            long settledPaymentsPaise,
            long settledRefundsPaise,
            long gatewayFeesPaise,
            long gatewayTaxPaise,
            int mismatches) {}

    /**
     * @throws GatewayUnavailableException when the gateway's report cannot be read now
     */
    public Day of(LocalDate day) {
        List<PaymentGateway.SettledItem> settled = gateway.settledOn(day);
        Map<String, Long> payments = ledger.paidByPayment(idsOf(settled, "payment"));
        Map<String, Long> refunds = refundRows.amountsOfGatewayRefunds(idsOf(settled, "refund"));
        List<Line> lines = new ArrayList<>();
        long paid = 0, refunded = 0, fees = 0, tax = 0;
        int mismatches = 0;
        for (PaymentGateway.SettledItem item : settled) {
            fees += item.feePaise();
            tax += item.taxPaise();
            Long ours = switch (item.type()) {
                case "payment" -> payments.get(item.entityId());
                case "refund" -> refunds.get(item.entityId());
                default -> null;
            };
            String outcome;
            if (!"payment".equals(item.type()) && !"refund".equals(item.type())) {
                outcome = "gateway only (" + item.type() + ")";
            } else if (ours == null) {
                outcome = "not in our ledger";
                mismatches++;
            } else if (ours != item.amountPaise()) {
                outcome = "amounts differ";
                mismatches++;
            } else {
                outcome = "matched";
            }
            if ("payment".equals(item.type())) {
                paid += item.amountPaise();
            } else if ("refund".equals(item.type())) {
                refunded += item.amountPaise();
            }
            lines.add(new Line(
                    item.entityId(),
                    item.type(),
                    item.orderId(),
                    item.amountPaise(),
                    ours,
                    item.feePaise(),
                    item.taxPaise(),
                    item.settlementId(),
                    outcome));
        }
        return new Day(day, lines, paid, refunded, fees, tax, mismatches);
    }

    private static List<String> idsOf(List<PaymentGateway.SettledItem> settled, String type) {
        return settled.stream()
                .filter(item -> type.equals(item.type()))
                .map(PaymentGateway.SettledItem::entityId)
                .distinct()
                .toList();
    }
}
