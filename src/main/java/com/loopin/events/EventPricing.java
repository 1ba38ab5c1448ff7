package com.loopin.events;

import com.loopin.events.EventView.Price;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.springframework.stereotype.Component;

/**
 * The all-in price of a seat, the one place it is computed: the seat, the platform's fee ({@code
 * PLATFORM_FEE_PERCENT} of the seat), GST on the fee ({@code PLATFORM_FEE_GST_PERCENT}), each rounded half-up to the
 * paisa, and their total. An order is the total times the seats. GST on the ticket itself is the host's matter.
 */
@Component
public class EventPricing {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final BigDecimal feePercent;
    private final BigDecimal gstPercent;

    EventPricing(EventsProperties properties) {
        this.feePercent = properties.platformFeePercent();
        this.gstPercent = properties.platformFeeGstPercent();
    }

    /** The price of one seat; null for a free event. */
    public Price perSeat(long seatPaise) {
        if (seatPaise <= 0) {
            return null;
        }
        long fee = percentOf(seatPaise, feePercent);
        long gst = percentOf(fee, gstPercent);
        return new Price(seatPaise, fee, gst, seatPaise + fee + gst);
    }

    private static long percentOf(long paise, BigDecimal percent) {
        return BigDecimal.valueOf(paise)
                .multiply(percent)
                .divide(HUNDRED, 0, RoundingMode.HALF_UP)
                .longValueExact();
    }
}
