package com.loopin.pictures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.exif.GpsDirectory;
import com.loopin.support.Api;
import com.loopin.support.CapturingSmsSender;
import com.loopin.support.FlowTest;
import com.loopin.support.PhoneAuthClient;
import com.loopin.support.TestPhones;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * PICTURE_STORAGE=s3 against an S3-compatible server the test starts (S3Proxy): the picture and its thumbnail
 * land in the bucket with their type; the bucket stays private and the app's picture URL hands out a presigned
 * URL that lives PICTURE_URL_TTL; deleting the account deletes the objects.
 */
@FlowTest
class S3PictureStorageTests {

    static final String BUCKET = "loopin-pictures";
    static S3CompatibleServer s3;

    @DynamicPropertySource
    static void s3Storage(DynamicPropertyRegistry registry) throws Exception {
        s3 = S3CompatibleServer.start();
        try (var client = s3.client()) {
            client.createBucket(request -> request.bucket(BUCKET));
        }
        registry.add("loopin.pictures.storage", () -> "s3");
        registry.add("loopin.pictures.s3.endpoint", () -> s3.endpoint().toString());
        registry.add("loopin.pictures.s3.bucket", () -> BUCKET);
        registry.add("loopin.pictures.s3.region", () -> "us-east-1");
        registry.add("loopin.pictures.s3.access-key-id", () -> S3CompatibleServer.ACCESS_KEY);
        registry.add("loopin.pictures.s3.secret-access-key", () -> S3CompatibleServer.SECRET_KEY);
        registry.add("loopin.pictures.url-ttl", () -> "600s");
    }

    @AfterAll
    static void stopS3() {
        s3.close();
    }

    @LocalServerPort
    int port;

    @Autowired
    CapturingSmsSender sms;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void picturesGoToTheBucketAreHandedOutPresignedAndLeaveWithTheAccount() throws Exception {
        Api api = new Api(port);
        String token = new PhoneAuthClient(api, sms).signUp(TestPhones.newIndianMobile());

        var uploaded = api.upload(
                "/api/auth/profile/pictures",
                "file",
                "me.jpg",
                "image/jpeg",
                TestPictures.jpegWithGps(800, 600, 1),
                token);

        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        String url = uploaded.text("url");
        String key = url.substring(url.lastIndexOf('/') + 1);
        String thumbnailKey = key.replace(".jpg", "-t.jpg");
        try (var client = s3.client()) {
            assertThat(client.headObject(r -> r.bucket(BUCKET).key(key)).contentType())
                    .isEqualTo("image/jpeg");
            assertThat(client.headObject(r -> r.bucket(BUCKET).key(thumbnailKey))
                            .contentLength())
                    .isPositive();
        }
        assertThat(http.send(
                                HttpRequest.newBuilder(s3.endpoint().resolve("/" + BUCKET + "/" + key))
                                        .build(),
                                HttpResponse.BodyHandlers.discarding())
                        .statusCode())
                .as("the bucket is private")
                .isEqualTo(403);

        HttpResponse<Void> redirect =
                http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(redirect.statusCode()).isEqualTo(302);
        String presigned = redirect.headers().firstValue("Location").orElseThrow();
        assertThat(presigned).startsWith(s3.endpoint().toString()).contains("X-Amz-Signature=", "X-Amz-Expires=600");
        HttpResponse<byte[]> picture = http.send(
                HttpRequest.newBuilder(URI.create(presigned)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(picture.statusCode()).isEqualTo(200);
        assertThat(ImageMetadataReader.readMetadata(new ByteArrayInputStream(picture.body()))
                        .getFirstDirectoryOfType(GpsDirectory.class))
                .isNull();

        assertThat(api.send(api.request("/api/auth/account", token).DELETE().build())
                        .status())
                .isEqualTo(200);
        try (var client = s3.client()) {
            long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (exists(client, key) && System.nanoTime() < until) {
                Thread.sleep(50);
            }
            assertThatThrownBy(() -> client.headObject(r -> r.bucket(BUCKET).key(key)))
                    .isInstanceOf(software.amazon.awssdk.services.s3.model.S3Exception.class);
            assertThatThrownBy(() -> client.getObject(r -> r.bucket(BUCKET).key(thumbnailKey)))
                    .isInstanceOf(NoSuchKeyException.class);
        }
    }

    private static boolean exists(software.amazon.awssdk.services.s3.S3Client client, String key) {
        try {
            client.headObject(r -> r.bucket(BUCKET).key(key));
            return true;
        } catch (software.amazon.awssdk.services.s3.model.S3Exception e) {
            return false;
        }
    }
}
