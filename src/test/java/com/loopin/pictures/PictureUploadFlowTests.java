package com.loopin.pictures;

import static org.assertj.core.api.Assertions.assertThat;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import com.loopin.support.Api;
import com.loopin.support.CapturingSmsSender;
import com.loopin.support.FlowTest;
import com.loopin.support.MutableClock;
import com.loopin.support.PhoneAuthClient;
import com.loopin.support.TestPhones;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The app uploads a photo, uses it in the profile and reads it back, on PostgreSQL with the embedded default
 * storage: what is served carries no EXIF and no GPS position; bad files are refused with their own status and
 * leave nothing behind; quotas hold; unused and deleted accounts' pictures go away.
 */
@FlowTest
@TestPropertySource(
        properties = {
            "loopin.pictures.per-user=4",
            "loopin.pictures.uploads-per-hour=5",
            "loopin.pictures.max-bytes=2MB"
        })
class PictureUploadFlowTests {

    static final Path FOLDER = createFolder();
    static final String UPLOAD = "/api/auth/profile/pictures";

    @DynamicPropertySource
    static void pictureFolder(DynamicPropertyRegistry registry) {
        registry.add("loopin.pictures.directory", FOLDER::toString);
    }

    @LocalServerPort
    int port;

    @Autowired
    CapturingSmsSender sms;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    PictureCleanup cleanup;

    final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void clockBack() {
        clock.reset();
    }

    @Test
    void anUploadedPhotoIsServedWithoutItsExifAndGpsAndCanBeUsedInTheProfile() throws Exception {
        Api api = new Api(port);
        String token = new PhoneAuthClient(api, sms).signUp(TestPhones.newIndianMobile());

        var uploaded =
                api.upload(UPLOAD, "file", "holiday.jpg", "image/jpeg", TestPictures.jpegWithGps(3000, 2000, 1), token);

        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        assertThat(uploaded.json().get("width").asInt()).isEqualTo(2048);
        assertThat(uploaded.json().get("height").asInt()).isEqualTo(1365);
        String url = uploaded.text("url");
        assertThat(url).startsWith("http://127.0.0.1:" + port + "/media/").endsWith(".jpg");
        HttpResponse<byte[]> served = fetch(url);
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.headers().firstValue("Content-Type")).contains("image/jpeg");
        assertThat(served.headers().firstValue("Cache-Control").orElse(""))
                .contains("max-age=31536000")
                .contains("immutable");
        assertThat(served.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        var metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(served.body()));
        assertThat(metadata.getFirstDirectoryOfType(GpsDirectory.class)).isNull();
        assertThat(metadata.getFirstDirectoryOfType(ExifIFD0Directory.class)).isNull();
        assertThat(fetch(uploaded.text("thumbnail_url")).statusCode()).isEqualTo(200);

        Map<String, Object> profile = new HashMap<>(PhoneAuthClient.validProfile());
        profile.put("profile_pictures", List.of(url));
        assertThat(api.post("/api/auth/complete-profile", profile, token).status())
                .isEqualTo(200);
        assertThat(api.get("/api/auth/profile", token)
                        .json()
                        .at("/data/profile_pictures/0")
                        .asString())
                .isEqualTo(url);
    }

    @Test
    void badFilesAreRefusedWithTheirOwnStatusAndLeaveNothingBehind() throws Exception {
        Api api = new Api(port);
        String phone = TestPhones.newIndianMobile();
        String token = new PhoneAuthClient(api, sms).signUp(phone);
        long files = fileCount();

        assertRefused(
                api.upload(UPLOAD, "file", "cat.gif", "image/gif", TestPictures.gif(20, 20), token),
                415,
                "PICTURE_TYPE_NOT_SUPPORTED");
        assertRefused(
                api.upload(UPLOAD, "file", "page.jpg", "image/jpeg", "<html>".getBytes(), token),
                415,
                "PICTURE_TYPE_NOT_SUPPORTED");
        assertRefused(
                api.upload(UPLOAD, "file", "bomb.png", "image/png", TestPictures.pngBomb(), token),
                413,
                "PICTURE_TOO_LARGE");
        assertRefused(
                api.upload(UPLOAD, "file", "half.jpg", "image/jpeg", TestPictures.truncated(), token),
                400,
                "PICTURE_INVALID");
        assertRefused(
                api.upload(UPLOAD, "file", "huge.jpg", "image/jpeg", new byte[3 * 1024 * 1024], token),
                413,
                "PICTURE_TOO_LARGE");
        assertRefused(
                api.upload(UPLOAD, "file", "huge.jpg", "image/jpeg", new byte[3 * 1024 * 1024], token, true),
                413,
                "PICTURE_TOO_LARGE");
        assertRefused(
                api.upload(UPLOAD, "photo", "a.jpg", "image/jpeg", TestPictures.jpeg(10, 10), token),
                400,
                "VALIDATION_ERROR");
        assertRefused(api.post(UPLOAD, Map.of("file", "x"), token), 415, "UNSUPPORTED_MEDIA_TYPE");
        assertRefused(
                api.upload(UPLOAD, "file", "a.jpg", "image/jpeg", TestPictures.jpeg(10, 10), null),
                401,
                "AUTHENTICATION_REQUIRED");

        assertThat(jdbc.sql(
                                "select count(*) from picture p join app_user u on u.id = p.user_id where u.phone_number = ?")
                        .params(phone)
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(fileCount()).as("no file stored").isEqualTo(files);
    }

    @Test
    void aUserMayKeepSoManyPicturesAndUploadSoFast() {
        Api api = new Api(port);
        String token = new PhoneAuthClient(api, sms).signUp(TestPhones.newIndianMobile());
        for (int i = 0; i < 4; i++) {
            assertThat(api.upload(UPLOAD, "file", "p.png", "image/png", TestPictures.png(30, 30, true), token)
                            .status())
                    .isEqualTo(201);
        }

        var overQuota = api.upload(UPLOAD, "file", "p.png", "image/png", TestPictures.png(30, 30, true), token);
        assertRefused(overQuota, 429, "PICTURE_QUOTA_EXCEEDED");
        assertThat(overQuota.header("Retry-After")).isNotNull();
        assertRefused(
                api.upload(UPLOAD, "file", "p.png", "image/png", TestPictures.png(30, 30, true), token),
                429,
                "RATE_LIMITED");
    }

    @Test
    void parallelUploadsCannotKeepMoreThanTheQuota() throws Exception {
        Api api = new Api(port);
        String token = new PhoneAuthClient(api, sms).signUp(TestPhones.newIndianMobile());
        byte[] photo = TestPictures.jpeg(1600, 1200);
        List<java.util.concurrent.Callable<Integer>> uploads = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            uploads.add(() -> api.upload(UPLOAD, "file", "p.jpg", "image/jpeg", photo, token)
                    .status());
        }
        List<Integer> statuses = new java.util.ArrayList<>();
        try (var executor = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
            for (var status : executor.invokeAll(uploads)) {
                statuses.add(status.get());
            }
        }
        assertThat(statuses.stream().filter(status -> status == 201).count())
                .as("per-user=4: five uploads at once keep four at most, %s", statuses)
                .isEqualTo(4);
        assertThat(statuses).contains(429);
    }

    @Test
    void uploadsNoProfileUsesAreDeletedAfterTheGracePeriodAndUsedOnesKept() throws Exception {
        Api api = new Api(port);
        String token = new PhoneAuthClient(api, sms).signUp(TestPhones.newIndianMobile());
        String used = api.upload(UPLOAD, "file", "a.jpg", "image/jpeg", TestPictures.jpeg(60, 60), token)
                .text("url");
        String unused = api.upload(UPLOAD, "file", "b.jpg", "image/jpeg", TestPictures.jpeg(60, 60), token)
                .text("url");
        Map<String, Object> profile = new HashMap<>(PhoneAuthClient.validProfile());
        profile.put("profile_pictures", List.of(used));
        assertThat(api.post("/api/auth/complete-profile", profile, token).status())
                .isEqualTo(200);

        cleanup.deleteOrphans();
        assertThat(fetch(unused).statusCode()).as("within the grace period").isEqualTo(200);

        clock.advance(Duration.ofHours(25));
        assertThat(cleanup.deleteOrphans()).isPositive();

        assertThat(fetch(used).statusCode()).isEqualTo(200);
        assertThat(fetch(unused).statusCode()).isEqualTo(404);
        assertThat(Files.exists(FOLDER.resolve(name(unused)))).isFalse();
    }

    @Test
    void deletingTheAccountDeletesItsPictures() throws Exception {
        Api api = new Api(port);
        String token = new PhoneAuthClient(api, sms).signUp(TestPhones.newIndianMobile());
        String url = api.upload(UPLOAD, "file", "a.jpg", "image/jpeg", TestPictures.jpeg(60, 60), token)
                .text("url");

        assertThat(api.send(api.request("/api/auth/account", token).DELETE().build())
                        .status())
                .isEqualTo(200);

        long until = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        while (Files.exists(FOLDER.resolve(name(url))) && System.nanoTime() < until) {
            Thread.sleep(50);
        }
        assertThat(Files.exists(FOLDER.resolve(name(url)))).isFalse();
        assertThat(fetch(url).statusCode()).isEqualTo(404);
    }

    private static void assertRefused(Api.Response response, int status, String code) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.text("code")).isEqualTo(code);
    }

    private HttpResponse<byte[]> fetch(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String name(String url) {
        return url.substring(url.lastIndexOf('/') + 1);
    }

    private static long fileCount() throws IOException {
        try (var files = Files.list(FOLDER)) {
            return files.count();
        }
    }

    private static Path createFolder() {
        try {
            return Files.createTempDirectory("loopin-pictures-test");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
