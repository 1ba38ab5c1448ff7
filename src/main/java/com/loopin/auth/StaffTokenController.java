package com.loopin.auth;

import com.loopin.shared.ApiErrors;
import com.loopin.shared.ClientAddress;
import com.loopin.shared.DomainException;
import com.loopin.shared.ErrorCode;
import com.loopin.staff.StaffPasswordCheck;
import com.loopin.staff.StaffSecondFactor;
import com.loopin.staff.StaffView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The token endpoint for staff tools: staff username and password for a JWT with the staff role. */
@RestController
@Tag(name = "Staff")
class StaffTokenController {

    private final StaffPasswordCheck passwords;
    private final StaffSecondFactor secondFactor;
    private final TokenService tokens;
    private final ClientAddress clientAddress;

    StaffTokenController(
            StaffPasswordCheck passwords,
            StaffSecondFactor secondFactor,
            TokenService tokens,
            ClientAddress clientAddress) {
        this.passwords = passwords;
        this.secondFactor = secondFactor;
        this.tokens = tokens;
        this.clientAddress = clientAddress;
    }

    /** @param code the second factor (an authenticator code or a recovery code) for accounts that have one */
    record Credentials(String username, String password, String code) {}

    record StaffData(String username, String role) {}

    /** Both the envelope's {@code token} and OAuth2's {@code access_token}, so Swagger's login works too. */
    record StaffTokenResponse(
            boolean success,
            String message,
            StaffData data,
            String token,
            String accessToken,
            String tokenType,
            long expiresIn) {}

    @Operation(operationId = "createStaffToken", summary = "A staff token for the staff API (JSON body)")
    @ApiErrors({ErrorCode.AUTHENTICATION_REQUIRED})
    @PostMapping(
            path = "/api/auth/token",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    StaffTokenResponse token(@RequestBody Credentials credentials, HttpServletRequest request) {
        return issue(credentials.username(), credentials.password(), credentials.code(), clientAddress.of(request));
    }

    @Operation(operationId = "createStaffToken", summary = "A staff token for the staff API (OAuth2 password form)")
    @PostMapping(
            path = "/api/auth/token",
            consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    StaffTokenResponse tokenFromForm(
            @RequestParam(required = false) String username,
            @RequestParam(required = false) String password,
            @RequestParam(required = false) String code,
            HttpServletRequest request) {
        return issue(username, password, code, clientAddress.of(request));
    }

    /** The same checks as the console's sign-in: password, lockout, per-address limit, second factor. */
    private StaffTokenResponse issue(String username, String password, String code, String address) {
        StaffView account = passwords.check(username, password, address).orElseThrow(WrongStaffCredentials::new);
        if (secondFactor.due(account)
                && !(secondFactor.enrolled(account.id()) && secondFactor.check(account.id(), code))) {
            throw new WrongStaffCredentials();
        }
        var token = tokens.issueForStaff(account);
        return new StaffTokenResponse(
                true,
                "Signed in",
                new StaffData(account.username(), account.role().name().toLowerCase(Locale.ROOT)),
                token.value(),
                token.value(),
                "Bearer",
                token.expiresInSeconds());
    }

    static class WrongStaffCredentials extends DomainException {
        WrongStaffCredentials() {
            super(ErrorCode.AUTHENTICATION_REQUIRED, StaffPasswordCheck.FAILED);
        }
    }
}
