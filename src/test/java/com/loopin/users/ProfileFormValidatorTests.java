package com.loopin.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.loopin.shared.AppProperties;
import com.loopin.shared.FieldError;
import com.loopin.shared.PhoneNumber;
import com.loopin.shared.PhoneNumbers;
import com.loopin.shared.ValidationFailedException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.util.unit.DataSize;

class ProfileFormValidatorTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    static final PhoneNumber CALLER = new PhoneNumber("+916205829376");
    static final Set<Long> ACTIVE = Set.of(1L, 2L, 3L, 4L, 5L, 6L, 7L);

    final ProfileFormValidator validator = new ProfileFormValidator(new PhoneNumbers(new AppProperties(
            ZoneId.of("Asia/Kolkata"),
            "IN",
            List.of(),
            DataSize.ofKilobytes(64),
            List.of(),
            "test-secret",
            "development")));

    @Test
    void acceptsAValidFormAndCleansIt() {
        ValidProfile form = validator.validate(
                request(
                        " Gaurav   Kumar ",
                        "1995-01-01",
                        "MALE",
                        List.of(1L, 2L),
                        List.of(" https://a.example/p.jpg ")),
                CALLER,
                TODAY,
                ACTIVE);

        assertThat(form.name()).isEqualTo("Gaurav Kumar");
        assertThat(form.birthDate()).isEqualTo(LocalDate.of(1995, 1, 1));
        assertThat(form.gender()).isEqualTo("male");
        assertThat(form.profilePictures()).containsExactly("https://a.example/p.jpg");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Anaïs O'Neil", "Jean-Luc", "प्रिया शर्मा", "அருண் குமார்", "Zoë", "D’Souza", "李小龙"})
    void acceptsNamesInAnyScript(String name) {
        assertThat(validator
                        .validate(valid().withName(name), CALLER, TODAY, ACTIVE)
                        .name())
                .isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Al", "A2B3C", "<script>", "Robert); DROP", "-Ann", "Ann_Marie", "ab\u0000c"})
    void refusesBadNames(String name) {
        assertThat(errors(valid().withName(name))).extracting(FieldError::field).containsExactly("name");
    }

    @Test
    void refusesNamesOverOneHundredCharacters() {
        assertThat(errors(valid().withName("a".repeat(101))))
                .extracting(FieldError::field)
                .containsExactly("name");
        assertThat(validator.validate(valid().withName("a".repeat(100)), CALLER, TODAY, ACTIVE))
                .isNotNull();
    }

    @Test
    void eighteenthBirthdayTodayIsOldEnoughAndTheDayBeforeIsNot() {
        assertThat(validator.validate(valid().withBirthDate("2008-11-25"), CALLER, TODAY, ACTIVE))
                .isNotNull();
        assertThat(errors(valid().withBirthDate("2008-11-26")))
                .extracting(FieldError::message)
                .containsExactly("You must be at least 18 years old.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2001-02-29", "1995-13-01", "01-01-1995", "1995/01/01", "yesterday", "1995-1-1"})
    void refusesDatesThatAreNotRealOrNotIsoFormatted(String date) {
        assertThat(errors(valid().withBirthDate(date)))
                .extracting(FieldError::field)
                .containsExactly("birth_date");
    }

    @Test
    void refusesBirthDatesInTheFutureOrBefore1900() {
        assertThat(errors(valid().withBirthDate("2026-11-26")))
                .extracting(FieldError::message)
                .containsExactly("Birth date cannot be in the future.");
        assertThat(errors(valid().withBirthDate("1899-12-31")))
                .extracting(FieldError::field)
                .containsExactly("birth_date");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Male", "FEMALE", "other", " Other "})
    void acceptsGendersInAnyCase(String gender) {
        assertThat(validator
                        .validate(valid().withGender(gender), CALLER, TODAY, ACTIVE)
                        .gender())
                .isIn("male", "female", "other");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "m", "unknown", "males"})
    void refusesOtherGenders(String gender) {
        assertThat(errors(valid().withGender(gender)))
                .extracting(FieldError::field)
                .containsExactly("gender");
    }

    @Test
    void needsOneToFiveDistinctActiveInterests() {
        assertThat(errors(valid().withInterests(List.of()))).hasSize(1);
        assertThat(errors(valid().withInterests(List.of(1L, 2L, 3L, 4L, 5L, 6L))))
                .hasSize(1);
        assertThat(errors(valid().withInterests(List.of(1L, 1L))))
                .extracting(FieldError::message)
                .containsExactly("Each event interest may be chosen only once.");
        assertThat(errors(valid().withInterests(List.of(1L, 99L))))
                .extracting(FieldError::message)
                .containsExactly("These event interests do not exist or are not available: 99.");
        assertThat(errors(valid().withInterests(Collections.singletonList(null))))
                .hasSize(1);
        assertThat(validator.validate(valid().withInterests(List.of(1L, 2L, 3L, 4L, 5L)), CALLER, TODAY, ACTIVE))
                .isNotNull();
    }

    @Test
    void needsOneToSixWebUrlsAsPictures() {
        assertThat(errors(valid().withPictures(List.of()))).hasSize(1);
        assertThat(errors(valid().withPictures(Collections.nCopies(7, "https://a.example/p.jpg"))))
                .hasSize(1);
        assertThat(errors(valid().withPictures(List.of(
                        "https://a.example/1.jpg", "javascript:alert(1)", "/relative.jpg", "ftp://a/b", "https://"))))
                .extracting(FieldError::field)
                .containsExactly(
                        "profile_pictures[1]", "profile_pictures[2]", "profile_pictures[3]", "profile_pictures[4]");
        assertThat(validator.validate(
                        valid().withPictures(Collections.nCopies(6, "http://a.example/p.jpg")), CALLER, TODAY, ACTIVE))
                .isNotNull();
    }

    @Test
    void limitsBioAndLocation() {
        var request = new CompleteProfileRequest(
                null,
                "Gaurav Kumar",
                "1995-01-01",
                "male",
                List.of(1L),
                List.of("https://a.example/p.jpg"),
                "b".repeat(501),
                "l".repeat(101));
        assertThat(errors(request)).extracting(FieldError::field).containsExactly("bio", "location");
    }

    @Test
    void refusesANumberThatIsNotTheCallers() {
        assertThat(errors(valid().withPhone("+919812345678")))
                .extracting(FieldError::field)
                .containsExactly("phone_number");
        assertThat(validator.validate(valid().withPhone("062058 29376"), CALLER, TODAY, ACTIVE))
                .isNotNull();
    }

    @Test
    void reportsEveryFailingFieldTogether() {
        var request = new CompleteProfileRequest("+919812345678", "x", "nope", "?", List.of(), List.of(), null, null);
        assertThat(errors(request))
                .extracting(FieldError::field)
                .containsExactly("phone_number", "name", "birth_date", "gender", "event_interests", "profile_pictures");
    }

    private List<FieldError> errors(CompleteProfileRequest request) {
        var thrown = catchThrowableOfType(
                ValidationFailedException.class, () -> validator.validate(request, CALLER, TODAY, ACTIVE));
        assertThat(thrown).as("expected the form to be refused").isNotNull();
        return thrown.errors();
    }

    private static Requests valid() {
        return new Requests(
                request("Gaurav Kumar", "1995-01-01", "male", List.of(1L, 2L), List.of("https://a.example/p.jpg")));
    }

    private static CompleteProfileRequest request(
            String name, String birthDate, String gender, List<Long> interests, List<String> pictures) {
        return new CompleteProfileRequest(null, name, birthDate, gender, interests, pictures, null, null);
    }

    /** A valid request with one thing changed. */
    record Requests(CompleteProfileRequest r) {
        CompleteProfileRequest withName(String name) {
            return new CompleteProfileRequest(
                    r.phoneNumber(),
                    name,
                    r.birthDate(),
                    r.gender(),
                    r.eventInterests(),
                    r.profilePictures(),
                    r.bio(),
                    r.location());
        }

        CompleteProfileRequest withBirthDate(String date) {
            return new CompleteProfileRequest(
                    r.phoneNumber(),
                    r.name(),
                    date,
                    r.gender(),
                    r.eventInterests(),
                    r.profilePictures(),
                    r.bio(),
                    r.location());
        }

        CompleteProfileRequest withGender(String gender) {
            return new CompleteProfileRequest(
                    r.phoneNumber(),
                    r.name(),
                    r.birthDate(),
                    gender,
                    r.eventInterests(),
                    r.profilePictures(),
                    r.bio(),
                    r.location());
        }

        CompleteProfileRequest withInterests(List<Long> ids) {
            return new CompleteProfileRequest(
                    r.phoneNumber(),
                    r.name(),
                    r.birthDate(),
                    r.gender(),
                    ids,
                    r.profilePictures(),
                    r.bio(),
                    r.location());
        }

        CompleteProfileRequest withPictures(List<String> urls) {
            return new CompleteProfileRequest(
                    r.phoneNumber(),
                    r.name(),
                    r.birthDate(),
                    r.gender(),
                    r.eventInterests(),
                    urls,
                    r.bio(),
                    r.location());
        }

        CompleteProfileRequest withPhone(String phone) {
            return new CompleteProfileRequest(
                    phone,
                    r.name(),
                    r.birthDate(),
                    r.gender(),
                    r.eventInterests(),
                    r.profilePictures(),
                    r.bio(),
                    r.location());
        }
    }
}
