package com.loopin.pictures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;

import com.loopin.shared.Caller;
import com.loopin.shared.ErrorCode;
import com.loopin.shared.RetryLaterException;
import com.loopin.support.SignedIn;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Picture uploads' refusals over HTTP, without a database or storage. */
@WebMvcTest(PictureController.class)
@AutoConfigureMockMvc(addFilters = false)
class PictureControllerTests {

    static final MockMultipartFile FILE = new MockMultipartFile("file", "a.jpg", "image/jpeg", new byte[] {1, 2, 3});

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    Pictures pictures;

    @BeforeEach
    void signIn() {
        SignedIn.as(Caller.user(5, UUID.randomUUID()));
    }

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    @Test
    void withoutAFilePartTheFieldIsNamed() {
        var answer = mvc.post()
                .uri("/api/auth/profile/pictures")
                .multipart()
                .file(new MockMultipartFile("other", "a.jpg", "image/jpeg", new byte[] {1}));
        assertThat(answer).hasStatus(400);
        assertThat(answer).bodyJson().extractingPath("$.errors[0].field").isEqualTo("file");
        org.mockito.Mockito.verifyNoInteractions(pictures);
    }

    @Test
    void whatIsNotAPictureWeTakeHasItsCode() {
        given(pictures.upload(anyLong(), any(), any())).willThrow(PictureRejectedException.unsupported());
        assertThat(mvc.post().uri("/api/auth/profile/pictures").multipart().file(FILE))
                .hasStatus(415)
                .bodyJson()
                .extractingPath("$.code")
                .isEqualTo("PICTURE_TYPE_NOT_SUPPORTED");
    }

    @Test
    void aPictureTooLargeIsA413() {
        given(pictures.upload(anyLong(), any(), any())).willThrow(PictureRejectedException.tooLarge("pixels"));
        assertThat(mvc.post().uri("/api/auth/profile/pictures").multipart().file(FILE))
                .hasStatus(413)
                .bodyJson()
                .extractingPath("$.code")
                .isEqualTo("PICTURE_TOO_LARGE");
    }

    @Test
    void aFullQuotaIsA429WithRetryAfter() {
        given(pictures.upload(anyLong(), any(), any()))
                .willThrow(new RetryLaterException(
                        ErrorCode.PICTURE_QUOTA_EXCEEDED, "Too many.", Duration.ofHours(24), "pictures_per_user"));
        var answer = mvc.post().uri("/api/auth/profile/pictures").multipart().file(FILE);
        assertThat(answer).hasStatus(429).hasHeader("Retry-After", "86400");
        assertThat(answer).bodyJson().extractingPath("$.code").isEqualTo("PICTURE_QUOTA_EXCEEDED");
    }

    @Test
    void storageThatCannotBeReachedIsA503() {
        given(pictures.upload(anyLong(), any(), any())).willThrow(new PictureStorageUnavailableException());
        assertThat(mvc.post().uri("/api/auth/profile/pictures").multipart().file(FILE))
                .hasStatus(503)
                .bodyJson()
                .extractingPath("$.code")
                .isEqualTo("SERVICE_UNAVAILABLE");
    }
}
