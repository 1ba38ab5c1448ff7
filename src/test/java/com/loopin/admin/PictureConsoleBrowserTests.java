package com.loopin.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.loopin.support.Api;
import com.loopin.support.Browser;
import com.loopin.support.CapturingSmsSender;
import com.loopin.support.PhoneAuthClient;
import com.loopin.support.TestBeans;
import com.loopin.support.TestPhones;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Pictures the app uploaded show as thumbnails in the console (the console's strict CSP lets them in, they are
 * ours), and staff remove one behind a confirmation: it leaves the profile and the storage, and the audit log says
 * who did it. In a real Chromium.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"loopin.admin.username=picture-admin", "loopin.admin.password=picture-admin-password-1"})
@Import(TestBeans.class)
@EnabledIf("com.loopin.support.Browser#available")
class PictureConsoleBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    CapturingSmsSender sms;

    @Autowired
    JdbcClient jdbc;

    @Test
    void uploadedPicturesShowAsThumbnailsAndStaffRemoveOneBehindAConfirmation() throws Exception {
        Api api = new Api(port);
        String phone = TestPhones.newIndianMobile();
        api.post("/api/auth/signup", Api.phone(phone));
        var signedUp = api.post("/api/auth/verify-otp", Api.code(phone, sms.lastCodeFor(phone)));
        String token = signedUp.text("token");
        long userId = signedUp.json().at("/data/user_id").asLong();
        String first = upload(api, token);
        String second = upload(api, token);
        Map<String, Object> profile = new HashMap<>(PhoneAuthClient.validProfile());
        profile.put("profile_pictures", List.of(first, second));
        assertThat(api.post("/api/auth/complete-profile", profile, token).status())
                .isEqualTo(200);

        var browser = Browser.start();
        try {
            browser.get("http://localhost:" + port + "/admin/login");
            browser.findElement(By.name("username")).sendKeys("picture-admin");
            browser.findElement(By.name("password")).sendKeys("picture-admin-password-1");
            Browser.clickAndWait(browser, browser.findElement(By.cssSelector("button[type=submit]")));
            browser.get("http://localhost:" + port + "/admin/users/" + userId);

            var thumbnails = browser.findElements(By.cssSelector(".thumbs img"));
            assertThat(thumbnails).hasSize(2);
            assertThat(thumbnails.getFirst().getAttribute("src"))
                    .contains("/media/")
                    .endsWith("-t.jpg");
            // The thumbnails load lazily, after the page's load event: wait for them (a blocked image never gets a
            // width)
            boolean loaded = false;
            try {
                loaded = new WebDriverWait(browser, Duration.ofSeconds(10))
                        .until(
                                driver -> Boolean.TRUE.equals(
                                        browser.executeScript(
                                                "return [...document.querySelectorAll('.thumbs img')].every(i => i.complete && i.naturalWidth > 0)")));
            } catch (TimeoutException notLoaded) {
                // asserted below
            }
            assertThat(loaded)
                    .as("the thumbnails load under the console's Content-Security-Policy")
                    .isTrue();
            Browser.screenshot(browser, "50-user-pictures");

            Browser.clickAndWait(browser, browser.findElement(By.xpath("(//button[text()='Remove…'])[1]")));
            assertThat(browser.findElement(By.tagName("h1")).getText())
                    .isEqualTo("Remove this picture from the profile of " + phone + "?");
            Browser.clickAndWait(browser, browser.findElement(By.xpath("//button[text()='Yes, remove it']")));

            assertThat(browser.findElement(By.cssSelector(".flash.ok")).getText())
                    .contains("Removed the picture");
            assertThat(browser.findElements(By.cssSelector(".thumbs img"))).hasSize(1);
        } finally {
            browser.quit();
        }
        assertThat(api.get("/api/auth/profile", token)
                        .json()
                        .at("/data/profile_pictures")
                        .toString())
                .doesNotContain(first)
                .contains(second);
        var gone = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create(first))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.discarding());
        assertThat(gone.statusCode()).isEqualTo(404);
        assertThat(jdbc.sql(
                                "select actor || ' ' || before_text from audit_entry where action = 'profile.remove_picture'"
                                        + " and target_id = ?")
                        .params(Long.toString(userId))
                        .query(String.class)
                        .list())
                .containsExactly("picture-admin picture: " + first);
    }

    private static String upload(Api api, String token) throws Exception {
        var image = new BufferedImage(120, 90, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(java.awt.Color.MAGENTA);
        graphics.fillOval(10, 10, 100, 70);
        graphics.dispose();
        var bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", bytes);
        var uploaded =
                api.upload("/api/auth/profile/pictures", "file", "p.jpg", "image/jpeg", bytes.toByteArray(), token);
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        return uploaded.text("url");
    }
}
