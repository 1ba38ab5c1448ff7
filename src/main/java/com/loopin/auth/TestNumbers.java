package com.loopin.auth;

import com.loopin.shared.PhoneNumber;
import com.loopin.shared.PhoneNumbers;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Numbers with fixed codes for app-store reviewers and CI ({@code OTP_TEST_NUMBERS="+919999900001:1234,…"}). No
 * SMS is sent to them; their codes are still single use per request, and their leads are marked as tests.
 */
class TestNumbers {

    private final Map<PhoneNumber, String> codes;

    TestNumbers(Map<PhoneNumber, String> codes) {
        this.codes = Map.copyOf(codes);
    }

    static TestNumbers parse(String setting, PhoneNumbers numbers, int codeLength) {
        Map<PhoneNumber, String> codes = new HashMap<>();
        if (setting != null && !setting.isBlank()) {
            for (String entry : setting.split(",")) {
                String[] parts = entry.strip().split(":");
                if (parts.length != 2 || !parts[1].strip().matches("[0-9]{" + codeLength + "}")) {
                    throw new IllegalStateException(
                            "OTP_TEST_NUMBERS entries must be number:code with a " + codeLength + "-digit code");
                }
                codes.put(numbers.parse(parts[0]), parts[1].strip());
            }
        }
        return new TestNumbers(codes);
    }

    Optional<String> fixedCodeFor(PhoneNumber phone) {
        return Optional.ofNullable(codes.get(phone));
    }

    boolean contains(PhoneNumber phone) {
        return codes.containsKey(phone);
    }
}
