package com.loopin.protection;

import static com.loopin.support.Api.phone;
import static org.assertj.core.api.Assertions.assertThat;

import com.loopin.support.Api;
import com.loopin.support.MutableClock;
import com.loopin.support.TestBeans;
import com.loopin.support.TestPhones;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"loopin.limits.sms-per-hour=10", "loopin.limits.sms-per-day=100"})
@Import(TestBeans.class)
class SmsBudgetTests {

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    MeterRegistry meters;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theServiceStopsSendingAtItsHourlyBudgetAndWarnsAtEightyPercent() {
        clock.freshDay();
        double warningsBefore = warnings();
        for (int i = 0; i < 10; i++) {
            assertThat(new Api(port)
                            .post("/api/auth/signup", phone(TestPhones.newIndianMobile()))
                            .status())
                    .isEqualTo(200);
        }
        var over = new Api(port).post("/api/auth/signup", phone(TestPhones.newIndianMobile()));
        assertThat(over.status()).isEqualTo(429);
        assertThat(over.text("limit")).isEqualTo("sms_budget_hour");
        assertThat(Integer.parseInt(over.header("Retry-After"))).isBetween(3000, 3600);
        assertThat(warnings() - warningsBefore).isEqualTo(1.0);
    }

    private double warnings() {
        var counter = meters.find("loopin.sms.budget.warnings")
                .tag("budget", "sms_budget_hour")
                .counter();
        return counter == null ? 0 : counter.count();
    }
}
