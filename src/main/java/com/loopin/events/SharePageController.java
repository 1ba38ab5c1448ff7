package com.loopin.events;

import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code /e/{id}}: the page a shared link opens, rendered on the server so that a chat app's link-preview bot (no
 * cookies, no JavaScript) finds the Open Graph and Twitter tags. Public and unlisted events only; anything else is
 * the same 404 as an id that never existed.
 */
@Controller
class SharePageController {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("EEE d MMM yyyy, h:mm a z", Locale.ENGLISH);

    private final Discovery discovery;
    private final EventViews views;

    SharePageController(Discovery discovery, EventViews views) {
        this.discovery = discovery;
        this.views = views;
    }

    @GetMapping("/e/{id}")
    String page(
            @PathVariable String id,
            @RequestParam(name = "invite", required = false) String invite,
            Model model,
            HttpServletResponse response) {
        response.setHeader(
                "Content-Security-Policy",
                "default-src 'none'; img-src 'self' https: data:; style-src 'unsafe-inline'; frame-ancestors 'none'");
        Event event;
        try {
            event = discovery.visible(id, null, invite);
        } catch (EventRefusedException notFound) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return "events/not-found";
        }
        URI service =
                ServletUriComponentsBuilder.fromCurrentContextPath().build().toUri();
        // a private event opened by an invitation link is not kept by shared caches: the link can be revoked
        response.setHeader(
                "Cache-Control",
                event.isPrivate()
                        ? CacheControl.noStore().getHeaderValue()
                        : CacheControl.maxAge(java.time.Duration.ofMinutes(5))
                                .cachePublic()
                                .getHeaderValue());
        String when = event.spec().startsAt().atZone(event.spec().timeZone()).format(WHEN);
        String where =
                event.spec().venue().online() ? "Online" : event.spec().venue().city();
        model.addAttribute("event", event);
        model.addAttribute("privateEvent", event.isPrivate());
        model.addAttribute("when", when);
        model.addAttribute("where", where);
        model.addAttribute("summary", when + " · " + where);
        String invitation = event.isPrivate()
                ? "?invite=" + java.net.URLEncoder.encode(invite, java.nio.charset.StandardCharsets.UTF_8)
                : "";
        model.addAttribute("url", views.shareUrl(event.id(), service) + invitation);
        model.addAttribute(
                "image",
                event.spec().coverPictures().isEmpty()
                        ? null
                        : event.spec().coverPictures().getFirst());
        model.addAttribute("appLink", "loopin://events/" + event.id() + invitation);
        model.addAttribute("cancelled", event.status() == EventStatus.CANCELLED);
        model.addAttribute("ended", event.status() == EventStatus.COMPLETED);
        return "events/share";
    }
}
