package com.loopin.pictures.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/** Files under the data folder, served by the service at /media: the zero-setup default. */
public class LocalPictureStorage implements PictureStorage {

    private final Path folder;

    public LocalPictureStorage(Path folder) throws IOException {
        this.folder = Files.createDirectories(folder);
    }

    @Override
    public void put(String key, byte[] bytes, String contentType) throws IOException {
        Path temporary = Files.createTempFile(folder, ".upload-", ".part");
        Files.write(temporary, bytes);
        Files.move(temporary, file(key), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void delete(String key) throws IOException {
        Files.deleteIfExists(file(key));
    }

    @Override
    public Optional<InputStream> open(String key) throws IOException {
        Path file = file(key);
        return Files.isRegularFile(file) ? Optional.of(Files.newInputStream(file)) : Optional.empty();
    }

    @Override
    public Optional<URI> directUrl(String key) {
        return Optional.empty();
    }

    @Override
    public Optional<String> imageSource() {
        return Optional.empty();
    }

    private Path file(String key) {
        Path file = folder.resolve(key).normalize();
        if (!file.getParent().equals(folder.normalize())) {
            throw new IllegalArgumentException("not a picture key");
        }
        return file;
    }
}
