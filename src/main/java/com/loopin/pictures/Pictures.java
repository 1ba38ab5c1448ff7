package com.loopin.pictures;

import com.loopin.pictures.internal.PictureStorage;
import com.loopin.protection.AbuseProtection;
import com.loopin.shared.ErrorCode;
import com.loopin.shared.RetryLaterException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Uploads, and what the rest of the service asks about uploaded pictures. An upload takes no connection while it
 * decodes or while the storage is called: the limits are counted in one short transaction, the files written, then
 * the row inserted in another (and the files removed again if that fails).
 */
@Service
public class Pictures {

    private static final Logger log = LoggerFactory.getLogger(Pictures.class);
    private static final Pattern KEY = Pattern.compile("[0-9a-f]{32}(-t)?\\.(jpg|png)");
    private static final SecureRandom random = new SecureRandom();

    private final PictureProcessor processor;
    private final PictureStorage storage;
    private final PictureRepository repository;
    private final PictureProperties properties;
    private final AbuseProtection protection;
    private final List<PictureReferences> references;
    private final TransactionTemplate transaction;
    private final Clock clock;

    Pictures(
            PictureProcessor processor,
            PictureStorage storage,
            PictureRepository repository,
            PictureProperties properties,
            AbuseProtection protection,
            List<PictureReferences> references,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.processor = processor;
        this.storage = storage;
        this.repository = repository;
        this.properties = properties;
        this.protection = protection;
        this.references = references;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** An uploaded picture: what the app puts in {@code profile_pictures}, and its thumbnail. */
    public record Uploaded(String url, String thumbnailUrl, int width, int height) {}

    /**
     * Stores an upload of the user's.
     *
     * @param service the service's own address as the client reached it, for the URLs (unless {@code
     *     PUBLIC_BASE_URL} says otherwise)
     * @throws PictureRejectedException when it is not a picture we take (nothing is stored)
     * @throws RetryLaterException when the user uploads too fast or keeps too many pictures
     */
    public Uploaded upload(long userId, byte[] upload, URI service) {
        // its own transaction: an upload refused for the quota still counts against the rate
        protection.countPictureUpload(userId, properties.uploadsPerHour());
        transaction.executeWithoutResult(status -> requireRoomFor(userId));
        PictureProcessor.Processed picture = processor.process(upload);
        String id = HexFormat.of().formatHex(randomBytes());
        String key = id + "." + picture.extension();
        String thumbnailKey = id + "-t." + picture.extension();
        try {
            storage.put(key, picture.picture(), picture.contentType());
            storage.put(thumbnailKey, picture.thumbnail(), picture.contentType());
            transaction.executeWithoutResult(status -> {
                // checked again under the user's lock: parallel uploads all passed the first check
                repository.lockUploadsOf(userId);
                requireRoomFor(userId);
                repository.insert(key, thumbnailKey, userId, picture, clock.instant());
            });
        } catch (IOException | RuntimeException e) {
            deleteQuietly(key);
            deleteQuietly(thumbnailKey);
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            log.warn("Picture storage refused an upload: {}", e.getMessage());
            throw new PictureStorageUnavailableException();
        }
        return new Uploaded(url(service, key), url(service, thumbnailKey), picture.width(), picture.height());
    }

    /**
     * For a picture URL of ours, the URL the console shows its thumbnail with: the bucket's public one, or our own
     * /media path (which redirects to a presigned URL for a private bucket).
     */
    public Optional<String> thumbnailFor(String url) {
        return keyOf(url)
                .flatMap(repository::findByAnyKey)
                .map(row -> publicBucket()
                        ? properties.s3().publicUrl().replaceAll("/+$", "") + "/" + row.thumbnailKey()
                        : "/media/" + row.thumbnailKey());
    }

    /** What /media answers for a key: the bytes (local storage) or where to fetch them (S3). */
    public Optional<Media> media(String key) {
        if (!KEY.matcher(key).matches()) {
            return Optional.empty();
        }
        return repository.findByAnyKey(key).flatMap(row -> {
            try {
                Optional<InputStream> bytes = storage.open(key);
                if (bytes.isPresent()) {
                    return Optional.of(new Media(row.contentType(), bytes.get(), null));
                }
                return storage.directUrl(key).map(url -> new Media(row.contentType(), null, url));
            } catch (IOException e) {
                log.warn("Picture storage could not read {}: {}", key, e.getMessage());
                throw new PictureStorageUnavailableException();
            }
        });
    }

    private void requireRoomFor(long userId) {
        if (repository.countForUser(userId) >= properties.perUser()) {
            throw new RetryLaterException(
                    ErrorCode.PICTURE_QUOTA_EXCEEDED,
                    "You keep " + properties.perUser() + " pictures already. Pictures no profile uses are "
                            + "deleted after a while; use or replace the ones you have.",
                    properties.orphanGrace(),
                    "pictures_per_user");
        }
    }

    /**
     * Deletes a picture staff removed from a profile at once, without waiting for the clean-up: only when the
     * profile's owner uploaded it and no profile uses it any more (another user may have copied its URL). Call it
     * outside any transaction, once the profile no longer refers to it; a URL that is not ours is left alone.
     *
     * @return whether it was deleted
     */
    public boolean forget(long ownerId, String url) {
        return keyOf(url)
                .flatMap(repository::findByAnyKey)
                .filter(row -> row.userId() != null && row.userId() == ownerId)
                .filter(row -> namesInUse(java.util.Set.of(row.key())).isEmpty())
                .map(this::delete)
                .orElse(false);
    }

    /** Whether the URL names a picture of ours that this user uploaded (what an event may use as a cover). */
    public boolean isUploadedBy(long userId, String url) {
        Optional<String> key = keyOf(url);
        return key.flatMap(repository::findByAnyKey)
                // the picture itself, not its thumbnail
                .filter(row -> row.key().equals(key.get()))
                .map(row -> row.userId() != null && row.userId() == userId)
                .orElse(false);
    }

    /** Of these picture keys, the ones a profile, an event or anything else still uses. */
    java.util.Set<String> namesInUse(java.util.Set<String> names) {
        java.util.Set<String> used = new java.util.HashSet<>();
        for (PictureReferences module : references) {
            used.addAll(module.namesInUse(names));
        }
        return used;
    }

    /**
     * Deletes a stored picture: its files, then its row. A file the storage keeps keeps the row, so the clean-up
     * tries again. @return whether it is gone
     */
    boolean delete(PictureRepository.Row row) {
        boolean gone = deleteQuietly(row.key()) & deleteQuietly(row.thumbnailKey());
        if (gone) {
            repository.delete(row.key());
        }
        return gone;
    }

    /** A picture to send: its bytes, or the address to send the client to. */
    public record Media(String contentType, InputStream bytes, URI redirect) {}

    /** Sources the console's Content-Security-Policy must allow for uploaded pictures, beyond its own origin. */
    public Optional<String> imageSource() {
        return storage.imageSource();
    }

    /** The stored picture a URL of ours names; empty for anyone else's URL. */
    Optional<String> keyOf(String url) {
        if (url == null) {
            return Optional.empty();
        }
        String name = url.substring(url.lastIndexOf('/') + 1);
        boolean ours = url.contains("/media/" + name)
                || (publicBucket() && url.startsWith(properties.s3().publicUrl()));
        return ours && KEY.matcher(name).matches() ? Optional.of(name) : Optional.empty();
    }

    /** @return false when the storage kept it */
    private boolean deleteQuietly(String key) {
        try {
            storage.delete(key);
            return true;
        } catch (IOException | RuntimeException e) {
            log.warn("Picture {} not deleted from storage (the clean-up tries again): {}", key, e.getMessage());
            return false;
        }
    }

    private boolean publicBucket() {
        String publicUrl = properties.s3().publicUrl();
        return properties.usesS3() && publicUrl != null && !publicUrl.isBlank();
    }

    private String url(URI service, String key) {
        if (publicBucket()) {
            return properties.s3().publicUrl().replaceAll("/+$", "") + "/" + key;
        }
        String base =
                properties.publicBaseUrl() == null || properties.publicBaseUrl().isBlank()
                        ? service.toString()
                        : properties.publicBaseUrl();
        return base.replaceAll("/+$", "") + "/media/" + key;
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return bytes;
    }
}
