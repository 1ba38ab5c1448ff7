package com.loopin.admin;

import com.loopin.pictures.Pictures;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Which profile pictures the console shows as images. Users type the URLs, so showing any of them would make a
 * staff member's browser call hosts an attacker chose (and tell them it was looked at). Only https URLs on the
 * hosts in {@code PICTURE_URL_HOSTS} are shown; the others are links staff may open if they choose. The
 * console's Content-Security-Policy allows images from those hosts alone.
 */
@Component("consolePictures")
@ConditionalOnWebApplication
class ConsolePictures {

    private final List<String> hosts;
    private final Pictures uploads;

    ConsolePictures(Settings settings, Pictures uploads) {
        this.uploads = uploads;
        this.hosts = settings.hosts() == null
                ? List.of()
                : settings.hosts().stream()
                        .map(host -> host.strip().toLowerCase(Locale.ROOT))
                        .filter(host -> !host.isEmpty())
                        .toList();
    }

    /**
     * What the console's image shows for a picture URL: the thumbnail of an upload of ours, the URL itself when it is
     * https on an allowed host, or null when it may not be shown (the page offers a link instead).
     */
    public String imageOf(String url) {
        return uploads.thumbnailFor(url).orElseGet(() -> onAllowedHost(url) ? url : null);
    }

    private boolean onAllowedHost(String url) {
        try {
            URI uri = URI.create(url);
            return "https".equalsIgnoreCase(uri.getScheme())
                    && uri.getHost() != null
                    && hosts.contains(uri.getHost().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The CSP source list for images: the console itself, the picture store, and the allowed picture hosts. */
    String imageSources() {
        StringBuilder sources = new StringBuilder("'self' data:");
        uploads.imageSource().ifPresent(source -> sources.append(' ').append(source));
        hosts.forEach(host -> sources.append(" https://").append(host));
        return sources.toString();
    }

    /** @param hosts picture hosts the console shows images from ({@code PICTURE_URL_HOSTS}, comma-separated) */
    @ConfigurationProperties("loopin.console.pictures")
    record Settings(List<String> hosts) {}
}
