package com.loopin.events;

import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The files that let the apps open {@code /e/{id}} links themselves, from configuration. Without the settings they
 * are 404, as the platforms expect of a site that has no app.
 */
@RestController
@io.swagger.v3.oas.annotations.Hidden // for the phones' operating systems, not for the apps' API clients
class AppLinksController {

    private final AppLinksProperties apps;

    AppLinksController(AppLinksProperties apps) {
        this.apps = apps;
    }

    @GetMapping(path = "/.well-known/assetlinks.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<List<Map<String, Object>>> android() {
        if (!apps.android()) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok(List.of(Map.of(
                "relation",
                List.of("delegate_permission/common.handle_all_urls"),
                "target",
                Map.of(
                        "namespace", "android_app",
                        "package_name", apps.androidPackage(),
                        "sha256_cert_fingerprints", apps.androidCertSha256()))));
    }

    @GetMapping(path = "/.well-known/apple-app-site-association", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> ios() {
        if (!apps.ios()) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok(Map.of(
                "applinks",
                Map.of(
                        "details",
                        List.of(Map.of(
                                "appIDs", List.of(apps.iosAppId()), "components", List.of(Map.of("/", "/e/*")))))));
    }
}
