package com.loopin.auth;

import java.security.SecureRandom;
import org.springframework.stereotype.Component;

/** Uniformly random numeric codes from a cryptographically secure generator; leading zeros included. */
@Component
class CodeGenerator {

    private final SecureRandom random = new SecureRandom();

    String next(int length) {
        StringBuilder code = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            code.append((char) ('0' + random.nextInt(10)));
        }
        return code.toString();
    }
}
