package com.loopin.events;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The mobile apps that open share links ({@code /e/{id}}) directly: Android App Links and iOS Universal Links.
 *
 * @param androidPackage {@code ANDROID_APP_PACKAGE}, such as {@code in.loopin.app}
 * @param androidCertSha256 {@code ANDROID_CERT_SHA256}: the signing certificates' SHA-256 fingerprints, comma-separated
 * @param iosAppId {@code IOS_APP_ID}: the team id and bundle id, {@code ABCDE12345.in.loopin.app}
 */
@ConfigurationProperties("loopin.app-links")
record AppLinksProperties(String androidPackage, List<String> androidCertSha256, String iosAppId) {

    AppLinksProperties {
        androidCertSha256 = androidCertSha256 == null
                ? List.of()
                : androidCertSha256.stream()
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }

    boolean android() {
        return androidPackage != null && !androidPackage.isBlank() && !androidCertSha256.isEmpty();
    }

    boolean ios() {
        return iosAppId != null && !iosAppId.isBlank();
    }
}
