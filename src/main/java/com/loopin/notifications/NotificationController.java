package com.loopin.notifications;

import com.loopin.shared.ApiEnvelope;
import com.loopin.shared.ApiErrors;
import com.loopin.shared.Caller;
import com.loopin.shared.ErrorCode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@Tag(name = "Notifications")
@SecurityRequirement(name = "bearer")
class NotificationController {

    private final Inbox inbox;
    private final Devices devices;
    private final NotificationPreferences preferences;

    NotificationController(Inbox inbox, Devices devices, NotificationPreferences preferences) {
        this.inbox = inbox;
        this.devices = devices;
        this.preferences = preferences;
    }

    record UnreadCount(long count) {}

    record ReadBody(
            @Schema(nullable = true, description = "1-100 item ids; absent or null: every item")
            List<String> ids) {}

    record Marked(int marked) {}

    record DeviceBody(
            @Schema(description = "The FCM registration token the app was given")
            String token,

            @Schema(allowableValues = {"android", "ios"}) String platform,
            @Schema(nullable = true, example = "2.4.0") String appVersion,

            @Schema(
                    nullable = true,
                    example = "hi-IN",
                    description = "The phone's language: a person's first device in English or Hindi sets "
                            + "the language of their notifications")
            String language) {}

    @Operation(
            operationId = "listNotifications",
            summary = "The caller's inbox, newest first",
            description = "Items are kept 90 days. Each push carries its item's `id` in `data.id`: the app drops a "
                    + "push whose id it has seen.")
    @ApiErrors({ErrorCode.VALIDATION_ERROR, ErrorCode.INVALID_CURSOR})
    @GetMapping(path = "/api/me/notifications", produces = MediaType.APPLICATION_JSON_VALUE)
    ApiEnvelope.Paged<Inbox.Item> list(
            @AuthenticationPrincipal Caller caller,
            @Parameter(description = "1-100 (default 30)") @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor,
            @Parameter(description = "only unread items") @RequestParam(defaultValue = "false") boolean unread) {
        Inbox.Page page = inbox.page(caller, limit, cursor, unread);
        return ApiEnvelope.Paged.of("Notifications retrieved", page.items(), page.nextCursor());
    }

    @Operation(operationId = "countUnreadNotifications", summary = "How many of the caller's items are unread")
    @GetMapping(path = "/api/me/notifications/unread-count", produces = MediaType.APPLICATION_JSON_VALUE)
    ApiEnvelope<UnreadCount> unread(@AuthenticationPrincipal Caller caller) {
        return ApiEnvelope.ok("Unread count", new UnreadCount(inbox.unread(caller)));
    }

    @Operation(
            operationId = "markNotificationsRead",
            summary = "Mark items read: the ones named, or all",
            description = "Ids that are not the caller's, or are read already, are left as they are; `marked` says "
                    + "how many changed.")
    @ApiErrors({ErrorCode.VALIDATION_ERROR})
    @PostMapping(path = "/api/me/notifications/read", produces = MediaType.APPLICATION_JSON_VALUE)
    ApiEnvelope<Marked> read(@AuthenticationPrincipal Caller caller, @RequestBody(required = false) ReadBody body) {
        int marked = inbox.markRead(caller, body == null ? null : body.ids());
        return ApiEnvelope.ok("Marked read", new Marked(marked));
    }

    @Operation(
            operationId = "registerDevice",
            summary = "Register the phone for pushes",
            description = "Call after sign-in and whenever FCM gives the app a new token. 201 when the token is "
                    + "new, 200 when it was known (it now belongs to the caller). A person keeps their 10 most "
                    + "recently registered phones.")
    @ApiErrors({ErrorCode.VALIDATION_ERROR})
    @PostMapping(
            path = "/api/me/devices",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ApiEnvelope<Void>> register(@AuthenticationPrincipal Caller caller, @RequestBody DeviceBody body) {
        boolean created = devices.register(
                caller, new Devices.Registration(body.token(), body.platform(), body.appVersion(), body.language()));
        return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK)
                .body(ApiEnvelope.ok("Device registered", null));
    }

    @Operation(
            operationId = "removeDevice",
            summary = "Stop pushes to this phone (at sign-out)",
            description = "200 whether or not the caller had it: sign-out can call it without knowing.")
    @DeleteMapping(path = "/api/me/devices/{token}", produces = MediaType.APPLICATION_JSON_VALUE)
    ApiEnvelope<Void> remove(@AuthenticationPrincipal Caller caller, @PathVariable String token) {
        boolean removed = devices.remove(caller, token);
        return ApiEnvelope.ok(removed ? "Device removed" : "No such device", null);
    }

    @Operation(operationId = "getNotificationSettings", summary = "The caller's notification settings")
    @GetMapping(path = "/api/me/notification-settings", produces = MediaType.APPLICATION_JSON_VALUE)
    ApiEnvelope<NotificationPreferences.View> settings(@AuthenticationPrincipal Caller caller) {
        return ApiEnvelope.ok("Notification settings", preferences.of(caller));
    }

    @Operation(
            operationId = "changeNotificationSettings",
            summary = "Change the caller's notification settings",
            description = "Fields left out keep their values; `categories` may name some categories only. "
                    + "`quiet_hours: null` turns quiet hours off. Non-urgent pushes wait for the end of quiet hours "
                    + "(in `time_zone`); urgent ones (an acceptance, a change of time, a cancellation, the 2-hour "
                    + "reminder) do not. A category turned off is not pushed; its items still reach the inbox.")
    @ApiErrors({ErrorCode.VALIDATION_ERROR})
    @PutMapping(
            path = "/api/me/notification-settings",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ApiEnvelope<NotificationPreferences.View> change(
            @AuthenticationPrincipal Caller caller,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content =
                                    @io.swagger.v3.oas.annotations.media.Content(
                                            schema = @Schema(implementation = NotificationPreferences.View.class)))
                    @RequestBody
                    JsonNode body) {
        NotificationPreferences.View change = new NotificationPreferences.View(
                text(body, "language"),
                text(body, "time_zone"),
                quietHours(body.get("quiet_hours")),
                categories(body.get("categories")));
        return ApiEnvelope.ok(
                "Notification settings changed", preferences.change(caller, change, body.has("quiet_hours")));
    }

    private static String text(JsonNode body, String field) {
        JsonNode node = body.get(field);
        return node == null || node.isNull() ? null : node.asString();
    }

    private static NotificationPreferences.QuietHours quietHours(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        return new NotificationPreferences.QuietHours(text(node, "from"), text(node, "to"));
    }

    private static Map<String, Boolean> categories(JsonNode node) {
        if (node == null || node.isNull() || !node.isObject()) {
            return null;
        }
        Map<String, Boolean> categories = new java.util.LinkedHashMap<>();
        node.properties()
                .forEach(entry -> categories.put(
                        entry.getKey(),
                        entry.getValue().isBoolean() ? entry.getValue().asBoolean() : null));
        return categories;
    }
}
