package com.loopin.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.util.unit.DataSize;

class PhoneNumbersTests {

    final PhoneNumbers numbers = new PhoneNumbers(new AppProperties(
            ZoneId.of("Asia/Kolkata"),
            "IN",
            List.of(),
            DataSize.ofKilobytes(64),
            List.of(),
            "test-secret",
            "development"));

    @ParameterizedTest
    @ValueSource(
            strings = {
                "+916205829376",
                "+91 62058 29376",
                "+91-620-582-9376",
                "(+91) 62058.29376",
                "6205829376",
                "06205829376",
                "0091 6205829376",
                "  +91 6205829376  "
            })
    void normalisesTheWaysPeopleTypeANumberToE164(String typed) {
        assertThat(numbers.parse(typed).e164()).isEqualTo("+916205829376");
    }

    @ParameterizedTest
    @ValueSource(strings = {"+44 7911 123456", "+1 (415) 555-2671"})
    void keepsTheCountryOfNumbersWithACountryCode(String typed) {
        assertThat(numbers.parse(typed).e164()).startsWith(typed.substring(0, 3).strip());
    }

    @ParameterizedTest
    @ValueSource(strings = {"62058abc76", "+91 62058 29376 ext 1", "+91_6205829376", "91+6205829376", "６２０５８２９３７６"})
    void refusesCharactersOtherThanDigitsSpacesDashesDotsBracketsAndALeadingPlus(String typed) {
        assertThatThrownBy(() -> numbers.parse(typed))
                .isInstanceOf(PhoneNumberRefusedException.class)
                .hasMessageContaining("only digits");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void refusesAnEmptyNumber(String typed) {
        assertThatThrownBy(() -> numbers.parse(typed)).isInstanceOf(PhoneNumberRefusedException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"+91 11111 11111", "+91 12345", "+1 555 0100 999", "+999 1234567"})
    void refusesNumbersThatCannotExist(String typed) {
        assertThatThrownBy(() -> numbers.parse(typed)).isInstanceOf(PhoneNumberRefusedException.class);
    }

    @org.junit.jupiter.api.Test
    void refusesNumbersThatArePossibleButNotValid() throws Exception {
        var util = PhoneNumberUtil.getInstance();
        var possibleOnly = util.parse("+91 11111 11111", "IN");
        assertThat(util.isPossibleNumber(possibleOnly))
                .as("the case this test is about")
                .isTrue();
        assertThat(util.isValidNumber(possibleOnly)).isFalse();

        assertThatThrownBy(() -> numbers.parse("+91 11111 11111"))
                .isInstanceOf(PhoneNumberRefusedException.class)
                .hasMessageContaining("not a valid phone number");
    }

    @org.junit.jupiter.api.Test
    void refusesAbsurdlyLongInputBeforeParsingIt() {
        assertThatThrownBy(() -> numbers.parse("9".repeat(10_000)))
                .isInstanceOf(PhoneNumberRefusedException.class)
                .hasMessageContaining("too long");
    }

    @org.junit.jupiter.api.Test
    void masksAllButTheLastFourDigitsWhenPrinted() {
        PhoneNumber number = numbers.parse("+916205829376");
        assertThat(number.toString()).isEqualTo("+********9376").doesNotContain("62058");
    }
}
