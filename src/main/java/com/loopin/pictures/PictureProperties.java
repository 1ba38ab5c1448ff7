package com.loopin.pictures;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Picture uploads, with their environment variables (README, "Configuration").
 *
 * @param storage {@code local} (files under the data folder, served at /media) or {@code s3} ({@code
 *     PICTURE_STORAGE})
 * @param maxBytes the largest upload ({@code PICTURE_MAX_BYTES}, 10 MB)
 * @param maxPixels the most pixels a picture may decode to, so a small file cannot unpack into gigabytes ({@code
 *     PICTURE_MAX_PIXELS}, 40 000 000)
 * @param maxSide the long side pictures are scaled down to ({@code PICTURE_MAX_SIDE}, 2048)
 * @param thumbnailSide the long side of thumbnails ({@code PICTURE_THUMBNAIL_SIDE}, 320)
 * @param perUser pictures one user may keep stored, used or not ({@code PICTURE_MAX_PER_USER}, 30)
 * @param uploadsPerHour uploads one user may make in an hour ({@code PICTURE_UPLOADS_PER_HOUR}, 30)
 * @param orphanGrace how long an upload no profile uses is kept before it is deleted ({@code PICTURE_ORPHAN_HOURS})
 * @param urlTtl how long a presigned URL lives, for a private bucket ({@code PICTURE_URL_TTL}, seconds)
 * @param publicBaseUrl the service's public address for picture URLs ({@code PUBLIC_BASE_URL}); empty: taken from
 *     each upload request
 * @param directory where local storage keeps files ({@code PICTURE_DIR}, {@code $LOOPIN_DATA_DIR/pictures})
 * @param s3 the S3-compatible store
 */
@Validated
@ConfigurationProperties("loopin.pictures")
public record PictureProperties(
        @NotNull String storage,
        @NotNull DataSize maxBytes,
        @Min(1) long maxPixels,
        @Min(16) int maxSide,
        @Min(16) int thumbnailSide,
        @Min(1) int perUser,
        @Min(1) int uploadsPerHour,
        @NotNull Duration orphanGrace,
        @NotNull Duration urlTtl,
        String publicBaseUrl,
        @NotNull String directory,
        @NotNull S3 s3) {

    public boolean usesS3() {
        return "s3".equalsIgnoreCase(storage);
    }

    /**
     * @param endpoint the store's endpoint, empty for AWS itself ({@code S3_ENDPOINT})
     * @param bucket the bucket ({@code S3_BUCKET})
     * @param region the region ({@code S3_REGION})
     * @param accessKeyId credentials ({@code S3_ACCESS_KEY_ID}); empty: the AWS default chain
     * @param secretAccessKey credentials ({@code S3_SECRET_ACCESS_KEY})
     * @param publicUrl where the bucket's objects are public ({@code S3_PUBLIC_URL}); empty: private bucket,
     *     pictures are handed out through short-lived presigned URLs
     * @param pathStyle path-style addressing, as MinIO and most S3-compatible stores want ({@code S3_PATH_STYLE})
     */
    public record S3(
            String endpoint,
            String bucket,
            String region,
            String accessKeyId,
            String secretAccessKey,
            String publicUrl,
            boolean pathStyle) {}
}
