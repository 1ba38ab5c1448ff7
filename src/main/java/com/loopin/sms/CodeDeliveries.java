package com.loopin.sms;

import com.loopin.shared.PhoneNumber;
import java.util.List;
import java.util.Optional;

/** The deliveries of codes: what the app may ask about one, what staff see of a number's, and forgetting them. */
public interface CodeDeliveries {

    Optional<DeliveryReport> find(String id);

    /** The number's latest deliveries, newest first. */
    List<DeliveryReport> of(PhoneNumber phone, int limit);

    /** The number's account is deleted: its deliveries go with it. */
    void forget(PhoneNumber phone);
}
