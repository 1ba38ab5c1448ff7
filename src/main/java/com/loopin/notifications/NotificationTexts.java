package com.loopin.notifications;

import java.nio.charset.StandardCharsets;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * The texts of notifications, in English ({@code notifications/messages.properties}) and Hindi ({@code _hi}): a
 * message source of their own, so the console's and the API's messages stay apart.
 */
@Component
class NotificationTexts {

    private final ResourceBundleMessageSource source = new ResourceBundleMessageSource();

    NotificationTexts() {
        source.setBasename("notifications/messages");
        source.setDefaultEncoding(StandardCharsets.UTF_8.name());
        source.setFallbackToSystemLocale(false);
    }

    MessageSource source() {
        return source;
    }
}
