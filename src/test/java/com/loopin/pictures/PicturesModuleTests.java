package com.loopin.pictures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

import com.loopin.protection.AbuseProtection;
import com.loopin.shared.PhoneNumber;
import com.loopin.support.ModulePlatform;
import com.loopin.support.TestPhones;
import com.loopin.users.UserDeleted;
import com.loopin.users.UserDirectory;
import java.net.URI;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The pictures module alone, on PostgreSQL and a local folder: when the users module announces a deleted account,
 * its pictures leave the storage after the deletion commits, and nobody else's do.
 */
@ApplicationModuleTest(extraIncludes = {"shared", "database"})
@Import(ModulePlatform.class)
class PicturesModuleTests {

    @DynamicPropertySource
    static void storage(DynamicPropertyRegistry registry) {
        registry.add(
                "loopin.pictures.directory",
                () -> Path.of("target/pictures-module-test").toAbsolutePath().toString());
    }

    /** The neighbours the module asks (upload limits, which pictures profiles use; no event module here), played by mocks. */
    @MockitoBean
    AbuseProtection protection;

    @MockitoBean
    UserDirectory users;

    @Autowired
    Pictures pictures;

    @Test
    void aDeletedAccountsPicturesLeaveTheStorageAndOthersStay(Scenario scenario) {
        long deleted = System.nanoTime();
        long other = deleted + 1;
        String gone = key(pictures.upload(deleted, TestPictures.jpeg(400, 300), URI.create("http://localhost")));
        String kept = key(pictures.upload(other, TestPictures.jpeg(400, 300), URI.create("http://localhost")));
        assertThat(stored(gone)).isTrue();

        scenario.publish(new UserDeleted(deleted, new PhoneNumber(TestPhones.newIndianMobile())))
                .andWaitForStateChange(() -> stored(gone), stored -> !stored)
                .andVerify(stored -> assertThat(stored).isFalse());
        assertThat(stored(kept)).isTrue();
    }

    @Test
    void staffRemovingAPictureDeletesOnlyTheOwnersUploadAndOnlyWhenNoProfileUsesIt() {
        long owner = System.nanoTime();
        String url = pictures.upload(owner, TestPictures.jpeg(400, 300), URI.create("http://localhost"))
                .url();
        String key = url.substring(url.lastIndexOf('/') + 1);

        assertThat(pictures.forget(owner + 7, url))
                .as("removed from someone else's profile, who had copied the URL")
                .isFalse();
        given(users.pictureNamesInUse(Set.of(key))).willReturn(Set.of(key));
        assertThat(pictures.forget(owner, url))
                .as("another profile still shows it")
                .isFalse();
        assertThat(stored(key)).isTrue();

        given(users.pictureNamesInUse(Set.of(key))).willReturn(Set.of());
        assertThat(pictures.forget(owner, url)).isTrue();
        assertThat(stored(key)).isFalse();
    }

    private boolean stored(String key) {
        return pictures.media(key)
                .map(media -> {
                    try (var bytes = media.bytes()) {
                        return bytes != null;
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                })
                .orElse(false);
    }

    private static String key(Pictures.Uploaded uploaded) {
        return uploaded.url().substring(uploaded.url().lastIndexOf('/') + 1);
    }
}
