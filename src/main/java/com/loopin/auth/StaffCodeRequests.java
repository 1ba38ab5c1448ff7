package com.loopin.auth;

import com.loopin.shared.PhoneNumber;
import org.springframework.stereotype.Service;

/** What the console may ask of sign-up and login: a new code for a lead, under the same limits as the app. */
@Service
public class StaffCodeRequests {

    private final PhoneAuthService auth;

    StaffCodeRequests(PhoneAuthService auth) {
        this.auth = auth;
    }

    /**
     * @throws com.loopin.shared.DomainException as the app's request would (cooldown, limits, lockout, delivery)
     */
    public void sendNewCode(PhoneNumber phone, String staffAddress) {
        auth.resendForStaff(phone, staffAddress);
    }
}
