package com.loopin.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.loopin.support.Api;
import com.loopin.support.CapturingSmsSender;
import com.loopin.support.FlowTest;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * A shared link as a chat app's preview bot fetches it (no cookies, no JavaScript): the tags carry the title, the
 * date and time in the event's zone, the city and the cover picture uploaded through the pictures pipeline. The
 * app-link files come from configuration.
 */
@FlowTest
@TestPropertySource(
        properties = {
            "loopin.events.public-base-url=https://loopin.example",
            "loopin.app-links.android-package=in.loopin.app",
            "loopin.app-links.android-cert-sha256=AB:CD:EF,12:34:56",
            "loopin.app-links.ios-app-id=ABCDE12345.in.loopin.app"
        })
class SharePageTests {

    @LocalServerPort
    int port;

    @Autowired
    CapturingSmsSender sms;

    final HttpClient bot = HttpClient.newHttpClient();

    @Test
    void aPreviewBotFindsTitleDateCityAndCover() throws Exception {
        Api api = new Api(port);
        Events events = new Events(api, sms);
        String host = events.host();
        var upload = api.upload("/api/auth/profile/pictures", "file", "cover.png", "image/png", png(), host);
        assertThat(upload.status()).as(upload.toString()).isEqualTo(201);
        String cover = upload.text("url");
        LocalDate day = LocalDate.now(Events.KOLKATA).plusDays(4);
        Instant seven = day.atTime(LocalTime.of(19, 0)).atZone(Events.KOLKATA).toInstant();
        String id = events.create(
                host, Events.with(Events.body("Rooftop <jazz> & chai", seven, true), "cover_pictures", List.of(cover)));

        HttpResponse<String> page = fetch("/e/" + id, "WhatsApp/2.23.20.0");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(page.headers().firstValue("Set-Cookie")).isEmpty();
        String html = page.body();
        assertThat(meta(html, "og:title")).isEqualTo("Rooftop <jazz> & chai");
        assertThat(meta(html, "og:description"))
                .contains(String.valueOf(day.getDayOfMonth()))
                .contains("7:00 PM IST")
                .endsWith("Bengaluru");
        assertThat(meta(html, "og:image")).isEqualTo(cover);
        assertThat(meta(html, "og:url")).isEqualTo("https://loopin.example/e/" + id);
        assertThat(html).contains("<meta name=\"twitter:card\" content=\"summary_large_image\">");
        assertThat(html).contains("href=\"loopin://events/" + id + "\"");
        assertThat(page.body()).doesNotContain("<jazz>").as("the title is escaped");
        assertThat(api.get("/api/events/" + id).json().at("/data/share_url").asString())
                .isEqualTo("https://loopin.example/e/" + id);

        assertThat(fetch("/e/zzzzzzzz", "WhatsApp/2.23.20.0").statusCode()).isEqualTo(404);
        assertThat(fetch("/e/not-an-id", "WhatsApp/2.23.20.0").statusCode()).isEqualTo(404);
    }

    @Test
    void theAppLinkFilesComeFromConfiguration() throws Exception {
        HttpResponse<String> android = fetch("/.well-known/assetlinks.json", "Google-Digital-Asset-Links");
        assertThat(android.statusCode()).isEqualTo(200);
        assertThat(android.body())
                .contains("\"package_name\":\"in.loopin.app\"")
                .contains("\"sha256_cert_fingerprints\":[\"AB:CD:EF\",\"12:34:56\"]")
                .contains("delegate_permission/common.handle_all_urls");
        HttpResponse<String> ios = fetch("/.well-known/apple-app-site-association", "AASA-Bot/1.0");
        assertThat(ios.statusCode()).isEqualTo(200);
        assertThat(ios.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(ios.body()).contains("ABCDE12345.in.loopin.app").contains("/e/*");
    }

    private HttpResponse<String> fetch(String path, String agent) throws Exception {
        return bot.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("User-Agent", agent)
                        .timeout(Duration.ofSeconds(10))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The content of a {@code <meta property=…>} tag, its entities decoded. */
    private static String meta(String html, String property) {
        var tag = Pattern.compile("<meta property=\"" + Pattern.quote(property) + "\" content=\"([^\"]*)\">")
                .matcher(html);
        assertThat(tag.find()).as("a meta tag " + property).isTrue();
        return tag.group(1)
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    private static byte[] png() throws Exception {
        var image = new BufferedImage(1200, 630, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(java.awt.Color.ORANGE);
        graphics.fillRect(100, 100, 1000, 430);
        graphics.dispose();
        var bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }
}
