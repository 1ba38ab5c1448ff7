package com.loopin.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.loopin.events.EventView.Price;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class EventPricingTests {

    final EventPricing pricing = new EventPricing(new EventsProperties(
            10, 30, Duration.ofMinutes(1), null, false, new BigDecimal("5"), new BigDecimal("18")));

    @Test
    void theAllInPriceIsTheSeatTheFeeAndGstOnTheFee() {
        assertThat(pricing.perSeat(50_000)).isEqualTo(new Price(50_000, 2_500, 450, 52_950));
    }

    @Test
    void eachPartIsRoundedHalfUpToThePaisa() {
        // 5% of 333 is 16.65 → 17; 18% of 17 is 3.06 → 3
        assertThat(pricing.perSeat(333)).isEqualTo(new Price(333, 17, 3, 353));
        // 5% of 110 is 5.5 → 6; 18% of 6 is 1.08 → 1
        assertThat(pricing.perSeat(110)).isEqualTo(new Price(110, 6, 1, 117));
    }

    @Test
    void aFreeEventHasNoPrice() {
        assertThat(pricing.perSeat(0)).isNull();
    }
}
