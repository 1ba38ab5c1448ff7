package com.loopin.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;

import com.loopin.interests.EventInterests;
import com.loopin.interests.InterestView;
import com.loopin.shared.Actor;
import com.loopin.shared.BusinessTime;
import com.loopin.shared.ChangeRefusedException;
import com.loopin.users.UserDirectory;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Console forms for interests, without a database or a browser: a refused change shows the form again with what
 * was typed and why, and the signed-in member is the one the change is made by.
 */
@WebMvcTest(AdminInterestController.class)
@AutoConfigureMockMvc(addFilters = false)
@Import(AdminFormat.class)
@WithMockUser(username = "asha")
class AdminInterestControllerTests {

    static final InterestView MUSIC = new InterestView(3L, "Music", "Gigs", true, Instant.EPOCH, Instant.EPOCH);

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    EventInterests interests;

    @MockitoBean
    UserDirectory users;

    @MockitoBean
    BusinessTime time;

    @BeforeEach
    void showTimesInIndia() {
        given(time.display(any()))
                .willAnswer(call -> call.<Instant>getArgument(0).atOffset(ZoneOffset.ofHoursMinutes(5, 30)));
    }

    @Test
    void aTakenNameShowsTheEditFormAgainWithWhatWasTypedAndWhy() {
        given(interests.byIds(List.of(3L))).willReturn(List.of(MUSIC));
        given(interests.update(any(), eq(3L), eq("Sports"), eq("Matches")))
                .willThrow(new ChangeRefusedException("There is already an interest named Sports."));

        var result =
                mvc.post().uri("/admin/interests/3").param("name", "Sports").param("description", "Matches");

        assertThat(result).hasStatusOk().hasViewName("admin/interest-edit");
        assertThat(result).model().containsEntry("name", "Sports").containsEntry("description", "Matches");
        assertThat(result).bodyText().contains("There is already an interest named Sports.", "value=\"Sports\"");
    }

    @Test
    void aRefusedNewInterestKeepsTheTypedValuesOnTheList() {
        given(interests.all()).willReturn(List.of(MUSIC));
        given(users.usersPerInterest()).willReturn(Map.of(3L, 12L));
        given(interests.create(any(), eq(""), eq("Nothing")))
                .willThrow(new ChangeRefusedException("Name: 1 to 100 characters."));

        var result = mvc.post().uri("/admin/interests").param("name", "").param("description", "Nothing");

        assertThat(result).hasStatusOk().hasViewName("admin/interests");
        assertThat(result).model().containsEntry("newError", "Name: 1 to 100 characters.");
        assertThat(result).bodyText().contains("Name: 1 to 100 characters.", "Music");
    }

    @Test
    void aSavedChangeIsMadeByTheSignedInMemberAndRedirectsToTheList() {
        given(interests.update(any(), anyLong(), any(), any())).willReturn(MUSIC);

        var result = mvc.post().uri("/admin/interests/3").param("name", "Music").param("description", "Gigs");

        assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/admin/interests");
        verify(interests).update(Actor.staff("asha"), 3L, "Music", "Gigs");
    }
}
