package com.loopin.auth;

import com.loopin.shared.Actor;
import com.loopin.shared.PhoneNumber;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/** What the console may ask of sign-up and login: a new code for a lead, under the same limits as the app. */
@Service
public class StaffCodeRequests {

    private final PhoneAuthService auth;
    private final ApplicationEventPublisher events;

    StaffCodeRequests(PhoneAuthService auth, ApplicationEventPublisher events) {
        this.auth = auth;
        this.events = events;
    }

    /**
     * Sends a lead's number a new code; {@link CodeSentByStaff} records who did, once the SMS has left.
     *
     * @throws com.loopin.shared.DomainException as the app's request would (cooldown, limits, lockout, delivery)
     */
    public void sendNewCode(Actor staff, long leadId, PhoneNumber phone, String staffAddress) {
        auth.resendForStaff(phone, staffAddress);
        events.publishEvent(new CodeSentByStaff(staff, leadId, phone.e164()));
    }
}
