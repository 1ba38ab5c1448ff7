package com.loopin.admin;

import com.loopin.shared.BusinessTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** How the console shows times: in the business time zone (Asia/Kolkata), as people read them. */
@Component("fmt")
class AdminFormat {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final BusinessTime time;

    AdminFormat(BusinessTime time) {
        this.time = time;
    }

    public String time(Instant instant) {
        return instant == null ? "—" : TIME.format(time.display(instant));
    }

    /** A time already in the business zone (what the API's views carry). */
    public String time(java.time.OffsetDateTime displayed) {
        return displayed == null ? "—" : TIME.format(displayed);
    }

    public String date(LocalDate date) {
        return date == null ? "—" : DATE.format(date);
    }

    /** Paise as rupees with lakh grouping: ₹1,05,900.00. */
    public String rupees(long paise) {
        return com.loopin.payments.Rupees.of(paise);
    }

    public String zone() {
        return time.zone().getId();
    }
}
