package com.loopin.pictures.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * Any S3-compatible store (AWS, Supabase Storage's S3 endpoint, Cloudflare R2, MinIO). With a public base URL the
 * objects are fetched from there; otherwise the bucket stays private and each fetch gets a presigned URL that lives
 * {@code PICTURE_URL_TTL}. Objects are written with their content type and a long cache lifetime: a key never
 * changes content.
 */
public class S3PictureStorage implements PictureStorage {

    private final S3Client s3;
    private final S3Presigner presigner;
    private final String bucket;
    private final String publicUrl;
    private final Duration urlTtl;

    public S3PictureStorage(S3Client s3, S3Presigner presigner, String bucket, String publicUrl, Duration urlTtl) {
        this.s3 = s3;
        this.presigner = presigner;
        this.bucket = bucket;
        this.publicUrl = publicUrl == null || publicUrl.isBlank() ? null : publicUrl.replaceAll("/+$", "");
        this.urlTtl = urlTtl;
    }

    @Override
    public void put(String key, byte[] bytes, String contentType) throws IOException {
        try {
            s3.putObject(
                    request -> request.bucket(bucket)
                            .key(key)
                            .contentType(contentType)
                            .cacheControl("public, max-age=31536000, immutable"),
                    RequestBody.fromBytes(bytes));
        } catch (SdkException e) {
            throw new IOException("S3 refused the picture: " + e.getMessage(), e);
        }
    }

    @Override
    public void delete(String key) throws IOException {
        try {
            s3.deleteObject(request -> request.bucket(bucket).key(key));
        } catch (SdkException e) {
            throw new IOException("S3 did not delete the picture: " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<InputStream> open(String key) {
        return Optional.empty();
    }

    @Override
    public Optional<URI> directUrl(String key) {
        if (publicUrl != null) {
            return Optional.of(URI.create(publicUrl + "/" + key));
        }
        var presigned = presigner.presignGetObject(request -> request.signatureDuration(urlTtl)
                .getObjectRequest(get -> get.bucket(bucket).key(key)));
        return Optional.of(URI.create(presigned.url().toString()));
    }

    @Override
    public Optional<String> imageSource() {
        URI base = publicUrl != null
                ? URI.create(publicUrl)
                : URI.create(presigner
                        .presignGetObject(request -> request.signatureDuration(Duration.ofMinutes(1))
                                .getObjectRequest(get -> get.bucket(bucket).key("probe")))
                        .url()
                        .toString());
        return Optional.of(base.getScheme() + "://" + base.getAuthority());
    }
}
