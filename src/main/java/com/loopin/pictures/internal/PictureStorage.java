package com.loopin.pictures.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Optional;

/**
 * Where pictures' bytes live. Keys are made by the service (random, with the format's extension), never chosen
 * by a user. Calls may reach another process (S3): never make them inside a transaction.
 */
public interface PictureStorage {

    void put(String key, byte[] bytes, String contentType) throws IOException;

    void delete(String key) throws IOException;

    /** The bytes, when this storage serves them itself (local); empty otherwise. */
    Optional<InputStream> open(String key) throws IOException;

    /** Where a browser may fetch the object directly (public or presigned URL); empty when the service serves it. */
    Optional<URI> directUrl(String key);

    /** What the console's Content-Security-Policy must allow for these pictures' images, if anything. */
    Optional<String> imageSource();
}
