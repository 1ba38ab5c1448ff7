package com.loopin.shared;

import java.net.URI;
import java.util.Locale;
import org.springframework.http.HttpStatus;

/**
 * Every {@code code} the API answers with. Apps switch on these names, so a name never changes meaning; the
 * table in {@code docs/phone-authentication.md} lists them all (a test keeps it complete).
 */
public enum ErrorCode {
    VALIDATION_ERROR(HttpStatus.BAD_REQUEST, "Validation failed"),
    MALFORMED_REQUEST(HttpStatus.BAD_REQUEST, "Malformed request"),
    INVALID_PHONE_NUMBER(HttpStatus.BAD_REQUEST, "Invalid phone number"),
    OTP_NOT_FOUND(HttpStatus.BAD_REQUEST, "No active code"),
    OTP_INVALID(HttpStatus.BAD_REQUEST, "Invalid code"),
    OTP_EXPIRED(HttpStatus.BAD_REQUEST, "Code expired"),
    OTP_ATTEMPTS_EXCEEDED(HttpStatus.BAD_REQUEST, "Too many wrong codes"),
    SMS_COUNTRY_NOT_ALLOWED(HttpStatus.BAD_REQUEST, "Country not served"),
    PHONE_TYPE_NOT_SUPPORTED(HttpStatus.BAD_REQUEST, "Not a mobile number"),
    SMS_RECIPIENT_REJECTED(HttpStatus.BAD_REQUEST, "Number refused by the SMS provider"),
    CHANNEL_UNAVAILABLE(HttpStatus.BAD_REQUEST, "Channel not available"),
    PAYMENT_SIGNATURE_INVALID(HttpStatus.BAD_REQUEST, "Payment signature invalid"),
    WEBHOOK_SIGNATURE_INVALID(HttpStatus.BAD_REQUEST, "Webhook signature invalid"),
    PICTURE_INVALID(HttpStatus.BAD_REQUEST, "Picture not readable"),
    INVALID_CURSOR(HttpStatus.BAD_REQUEST, "Cursor not recognised"),
    USER_ALREADY_EXISTS(HttpStatus.CONFLICT, "User already exists"),
    EVENT_NOT_DRAFT(HttpStatus.CONFLICT, "Only a draft allows this"),
    EVENT_NOT_PUBLISHED(HttpStatus.CONFLICT, "The event is not published"),
    EVENT_FULL(HttpStatus.CONFLICT, "Not enough seats left"),
    OWN_EVENT(HttpStatus.CONFLICT, "You host this event"),
    ALREADY_REQUESTED(HttpStatus.CONFLICT, "Already asked to join"),
    REQUEST_REFUSED_BEFORE(HttpStatus.CONFLICT, "Declined or removed before"),
    REQUEST_NOT_OPEN(HttpStatus.CONFLICT, "The request does not allow this now"),
    INVITATION_NOT_OPEN(HttpStatus.CONFLICT, "The invitation was answered or withdrawn"),
    ALREADY_CHECKED_IN(HttpStatus.CONFLICT, "Already checked in"),
    CHECK_IN_CLOSED(HttpStatus.CONFLICT, "Check-in is closed"),
    EVENT_STARTED(HttpStatus.CONFLICT, "The event has started"),
    EVENT_CANCELLED(HttpStatus.CONFLICT, "The event is cancelled"),
    EVENT_COMPLETED(HttpStatus.CONFLICT, "The event has ended"),
    EVENT_CHANGED(HttpStatus.CONFLICT, "The event changed meanwhile"),
    CAPACITY_BELOW_SEATS_TAKEN(HttpStatus.CONFLICT, "Capacity below the seats taken"),
    PAID_EVENTS_UNAVAILABLE(HttpStatus.CONFLICT, "Paid events are not available"),
    PAYOUT_ACCOUNT_REQUIRED(HttpStatus.CONFLICT, "A payout account is required"),
    USER_NOT_FOUND(HttpStatus.NOT_FOUND, "User not found"),
    EVENT_NOT_FOUND(HttpStatus.NOT_FOUND, "Event not found"),
    REQUEST_NOT_FOUND(HttpStatus.NOT_FOUND, "Request not found"),
    TICKET_NOT_FOUND(HttpStatus.NOT_FOUND, "Ticket not found"),
    PAYMENT_NOT_FOUND(HttpStatus.NOT_FOUND, "Payment not found"),
    INVITATION_NOT_FOUND(HttpStatus.NOT_FOUND, "Invitation not found"),
    INVITATION_LINK_EXPIRED(HttpStatus.GONE, "The invitation link expired or was revoked"),
    TICKET_CANCELLED(HttpStatus.GONE, "Ticket cancelled"),
    ACCOUNT_DISABLED(HttpStatus.FORBIDDEN, "Account disabled"),
    AUTHENTICATION_REQUIRED(HttpStatus.UNAUTHORIZED, "Authentication required"),
    INVALID_TOKEN(HttpStatus.UNAUTHORIZED, "Invalid token"),
    INVALID_REFRESH_TOKEN(HttpStatus.UNAUTHORIZED, "Invalid refresh token"),
    REFRESH_TOKEN_REUSED(HttpStatus.UNAUTHORIZED, "Refresh token reused"),
    ACCESS_DENIED(HttpStatus.FORBIDDEN, "Access denied"),
    PROFILE_INCOMPLETE(HttpStatus.FORBIDDEN, "Complete the profile first"),
    NOT_EVENT_HOST(HttpStatus.FORBIDDEN, "Only the host can do this"),
    NOT_IN_AUDIENCE(HttpStatus.FORBIDDEN, "The event is for another audience"),
    NOT_FOUND(HttpStatus.NOT_FOUND, "Not found"),
    METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed"),
    NOT_ACCEPTABLE(HttpStatus.NOT_ACCEPTABLE, "Not acceptable"),
    OTP_COOLDOWN(HttpStatus.TOO_MANY_REQUESTS, "Too soon for another code"),
    RATE_LIMITED(HttpStatus.TOO_MANY_REQUESTS, "Too many requests"),
    VERIFICATION_LOCKED(HttpStatus.TOO_MANY_REQUESTS, "Too many wrong codes for this number"),
    SMS_SEGMENT_THROTTLED(HttpStatus.TOO_MANY_REQUESTS, "Codes to this number range are paused"),
    PICTURE_QUOTA_EXCEEDED(HttpStatus.TOO_MANY_REQUESTS, "Too many stored pictures"),
    PAYLOAD_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "Request body too large"),
    PICTURE_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "Picture too large"),
    UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type"),
    PICTURE_TYPE_NOT_SUPPORTED(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Picture type not supported"),
    SMS_DELIVERY_FAILED(HttpStatus.SERVICE_UNAVAILABLE, "SMS delivery failed"),
    PAYMENT_GATEWAY_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "Payment gateway unavailable"),
    INTERNAL_ERROR(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error"),
    SERVICE_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable");

    private final HttpStatus status;
    private final String title;

    ErrorCode(HttpStatus status, String title) {
        this.status = status;
        this.title = title;
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    public URI type() {
        return URI.create(
                "urn:loopin:problem:" + name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
}
