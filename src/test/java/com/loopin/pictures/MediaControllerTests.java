package com.loopin.pictures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

import java.io.ByteArrayInputStream;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Serving stored pictures over HTTP, without storage: a picture with its own type, nothing for an unknown key. */
@WebMvcTest(MediaController.class)
@AutoConfigureMockMvc(addFilters = false)
class MediaControllerTests {

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    Pictures pictures;

    @Test
    void aStoredPictureIsServedWithItsTypeAndNosniff() {
        given(pictures.media("ab12.jpg"))
                .willReturn(Optional.of(
                        new Pictures.Media("image/jpeg", new ByteArrayInputStream(new byte[] {1, 2}), null)));
        var answer = mvc.get().uri("/media/ab12.jpg");
        assertThat(answer).hasStatusOk().hasContentType("image/jpeg").hasHeader("X-Content-Type-Options", "nosniff");
    }

    @Test
    void anUnknownKeyIsA404() {
        given(pictures.media("nope.jpg")).willReturn(Optional.empty());
        assertThat(mvc.get().uri("/media/nope.jpg")).hasStatus(404);
    }
}
