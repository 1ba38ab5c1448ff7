package com.loopin.pictures;

import java.time.Duration;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves uploaded pictures: the bytes from local storage, or a redirect to the store (a presigned URL for a private
 * bucket). A key never changes content, so answers may be cached for a year; the type is the one we encoded, and
 * browsers are told not to guess another.
 */
@RestController
@io.swagger.v3.oas.annotations.Hidden // picture URLs are opaque to apps: they GET what upload answered
class MediaController {

    private final Pictures pictures;

    MediaController(Pictures pictures) {
        this.pictures = pictures;
    }

    @GetMapping("/media/{key}")
    ResponseEntity<?> picture(@PathVariable String key) {
        return pictures.media(key)
                .<ResponseEntity<?>>map(media -> media.redirect() != null
                        ? ResponseEntity.status(302)
                                .location(media.redirect())
                                .cacheControl(CacheControl.noStore())
                                .build()
                        : ResponseEntity.ok()
                                .contentType(MediaType.parseMediaType(media.contentType()))
                                .cacheControl(CacheControl.maxAge(Duration.ofDays(365))
                                        .cachePublic()
                                        .immutable())
                                .header("X-Content-Type-Options", "nosniff")
                                .body(new InputStreamResource(media.bytes())))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
