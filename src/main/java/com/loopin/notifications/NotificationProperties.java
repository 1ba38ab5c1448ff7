package com.loopin.notifications;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param retention how long inbox items (and their pushes' outcomes) are kept ({@code NOTIFICATION_RETENTION_DAYS})
 * @param pushesPerHour at most this many non-urgent pushes per person per hour; more stay in the inbox only
 *     ({@code PUSHES_PER_HOUR})
 * @param defaultTimeZone a person's zone until they set one
 * @param quietFrom default quiet hours' start ({@code QUIET_HOURS_FROM})
 * @param quietTo and end ({@code QUIET_HOURS_TO}): non-urgent pushes wait until then
 * @param campaignMaxRecipients a staff campaign reaches at most this many people ({@code CAMPAIGN_MAX_RECIPIENTS})
 * @param outboxInterval how often each instance turns the outbox's rows into inbox items ({@code
 *     NOTIFICATION_OUTBOX_INTERVAL})
 * @param push how pushes are sent
 * @param reminders when reminders are looked for
 */
@ConfigurationProperties("loopin.notifications")
record NotificationProperties(
        @DefaultValue("90d") Duration retention,
        @DefaultValue("6") int pushesPerHour,
        @DefaultValue("Asia/Kolkata") ZoneId defaultTimeZone,
        @DefaultValue("22:00") LocalTime quietFrom,
        @DefaultValue("08:00") LocalTime quietTo,
        @DefaultValue("20000") int campaignMaxRecipients,
        @DefaultValue("500ms") Duration outboxInterval,
        @DefaultValue Push push,
        @DefaultValue Reminders reminders) {

    /**
     * @param provider {@code fcm}, {@code log} (development: pushes to the log and {@code /dev/push}) or {@code
     *     auto}: FCM when its credentials are set, else the log ({@code PUSH_PROVIDER})
     * @param fcmCredentialsFile the service account's JSON key file ({@code FCM_CREDENTIALS_FILE})
     * @param fcmCredentialsJson or the JSON itself ({@code FCM_CREDENTIALS_JSON})
     * @param fcmProjectId the Firebase project; default: the key's {@code project_id} ({@code FCM_PROJECT_ID})
     * @param fcmBaseUrl FCM's address ({@code FCM_BASE_URL}; tests point it at WireMock)
     * @param fcmTokenUri Google's token endpoint; default: the key's {@code token_uri} ({@code FCM_TOKEN_URI})
     * @param pollInterval how often due pushes are looked for ({@code PUSH_POLL_INTERVAL})
     * @param batch how many pushes one instance claims at a time
     * @param lease how long a claimed push is an instance's own; after it a push not marked done is sent again
     * @param retryBase the first retry's delay; each next one doubles, up to {@code retryMax} ({@code
     *     PUSH_RETRY_BASE})
     * @param retryMax the longest delay between two tries
     * @param giveUpAfter a push still failing this long after it was due is given up (failed, in the figures)
     * @param timeout connect and read timeout of one call to FCM
     */
    record Push(
            @DefaultValue("auto") String provider,
            String fcmCredentialsFile,
            String fcmCredentialsJson,
            String fcmProjectId,
            @DefaultValue("https://fcm.googleapis.com") String fcmBaseUrl,
            String fcmTokenUri,
            @DefaultValue("1s") Duration pollInterval,
            @DefaultValue("100") int batch,
            @DefaultValue("60s") Duration lease,
            @DefaultValue("10s") Duration retryBase,
            @DefaultValue("15m") Duration retryMax,
            @DefaultValue("24h") Duration giveUpAfter,
            @DefaultValue("10s") Duration timeout) {

        boolean fcmConfigured() {
            return notBlank(fcmCredentialsFile) || notBlank(fcmCredentialsJson);
        }

        private static boolean notBlank(String value) {
            return value != null && !value.isBlank();
        }
    }

    /** @param interval how often the next reminders are looked for ({@code REMINDER_INTERVAL}) */
    record Reminders(@DefaultValue("60s") Duration interval) {}
}
