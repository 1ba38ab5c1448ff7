package com.loopin.auth;

import com.loopin.shared.ApiErrors;
import com.loopin.shared.DomainException;
import com.loopin.shared.ErrorCode;
import com.loopin.staff.StaffAuthenticationProvider;
import com.loopin.staff.StaffView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The original's token endpoint for staff tools: staff username and password for a JWT with the staff role. */
@RestController
@Tag(name = "Staff")
class StaffTokenController {

    private final StaffAuthenticationProvider staff;
    private final com.loopin.staff.StaffSecondFactor secondFactor;
    private final TokenService tokens;

    StaffTokenController(
            StaffAuthenticationProvider staff, com.loopin.staff.StaffSecondFactor secondFactor, TokenService tokens) {
        this.staff = staff;
        this.secondFactor = secondFactor;
        this.tokens = tokens;
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
    StaffTokenResponse token(@RequestBody Credentials credentials) {
        return issue(credentials.username(), credentials.password(), credentials.code());
    }

    @Operation(
            operationId = "createStaffToken",
            summary = "A staff token for the staff API (OAuth2 password form, as the original accepted)")
    @PostMapping(
            path = "/api/auth/token",
            consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    StaffTokenResponse tokenFromForm(
            @RequestParam(required = false) String username,
            @RequestParam(required = false) String password,
            @RequestParam(required = false) String code) {
        return issue(username, password, code);
    }

    private StaffTokenResponse issue(String username, String password, String code) {
        try {
            var signedIn = staff.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
            StaffView account = (StaffView) signedIn.getDetails();
            boolean secondStepDue = signedIn.getAuthorities().stream()
                    .anyMatch(a -> StaffAuthenticationProvider.SECOND_STEP.equals(a.getAuthority()));
            if (secondStepDue && !(secondFactor.enrolled(account.id()) && secondFactor.check(account.id(), code))) {
                throw new WrongStaffCredentials();
            }
            var token = tokens.issueForStaff(account);
            return new StaffTokenResponse(
                    true,
                    "Signed in",
                    new StaffData(account.username(), account.role().name().toLowerCase(java.util.Locale.ROOT)),
                    token.value(),
                    token.value(),
                    "Bearer",
                    token.expiresInSeconds());
        } catch (AuthenticationException e) {
            throw new WrongStaffCredentials();
        }
    }

    static class WrongStaffCredentials extends DomainException {
        WrongStaffCredentials() {
            super(ErrorCode.AUTHENTICATION_REQUIRED, StaffAuthenticationProvider.FAILED);
        }
    }
}
