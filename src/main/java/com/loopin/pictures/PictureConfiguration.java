package com.loopin.pictures;

import com.loopin.pictures.internal.LocalPictureStorage;
import com.loopin.pictures.internal.PictureStorage;
import com.loopin.pictures.internal.S3PictureStorage;
import jakarta.servlet.MultipartConfigElement;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.servlet.MultipartConfigFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PictureProperties.class)
class PictureConfiguration {

    /**
     * Multipart limits from {@code PICTURE_MAX_BYTES}: the file, and the whole request (the file plus room for the
     * multipart envelope), so a chunked upload with no Content-Length is cut off as well.
     */
    @Bean
    MultipartConfigElement multipartConfigElement(PictureProperties properties) {
        var factory = new MultipartConfigFactory();
        factory.setMaxFileSize(properties.maxBytes());
        factory.setMaxRequestSize(DataSize.ofBytes(properties.maxBytes().toBytes() + 64 * 1024));
        return factory.createMultipartConfig();
    }

    @Bean
    PictureStorage pictureStorage(PictureProperties properties) throws IOException {
        if (!properties.usesS3()) {
            return new LocalPictureStorage(Path.of(properties.directory()));
        }
        PictureProperties.S3 s3 = properties.s3();
        if (s3.bucket() == null || s3.bucket().isBlank()) {
            throw new IllegalStateException("PICTURE_STORAGE=s3 needs S3_BUCKET (and S3_REGION, S3_ENDPOINT for a "
                    + "store other than AWS, and credentials)");
        }
        Region region = Region.of(s3.region() == null || s3.region().isBlank() ? "us-east-1" : s3.region());
        AwsCredentialsProvider credentials = s3.accessKeyId() == null
                        || s3.accessKeyId().isBlank()
                ? DefaultCredentialsProvider.builder().build()
                : StaticCredentialsProvider.create(AwsBasicCredentials.create(s3.accessKeyId(), s3.secretAccessKey()));
        S3Configuration addressing =
                S3Configuration.builder().pathStyleAccessEnabled(s3.pathStyle()).build();
        // S3-compatible stores (MinIO, R2, Supabase, S3Proxy) do not all take the SDK's newer default checksums
        var client = S3Client.builder()
                .requestChecksumCalculation(
                        software.amazon.awssdk.core.checksums.RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(
                        software.amazon.awssdk.core.checksums.ResponseChecksumValidation.WHEN_REQUIRED)
                .region(region)
                .credentialsProvider(credentials)
                .serviceConfiguration(addressing);
        var presigner = S3Presigner.builder()
                .region(region)
                .credentialsProvider(credentials)
                .serviceConfiguration(addressing);
        if (s3.endpoint() != null && !s3.endpoint().isBlank()) {
            client.endpointOverride(URI.create(s3.endpoint()));
            presigner.endpointOverride(URI.create(s3.endpoint()));
        }
        return new S3PictureStorage(
                client.build(), presigner.build(), s3.bucket(), s3.publicUrl(), properties.urlTtl());
    }
}
