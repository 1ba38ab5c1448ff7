package com.loopin.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CodeGeneratorTests {

    final CodeGenerator generator = new CodeGenerator();

    @Test
    void makesCodesOfTheAskedLengthFromDigitsOnly() {
        for (int length = 4; length <= 8; length++) {
            assertThat(generator.next(length)).hasSize(length).matches("[0-9]+");
        }
    }

    @Test
    void spreadsCodesEvenlyIncludingLeadingZeros() {
        int samples = 20_000;
        long leadingZero = IntStream.range(0, samples)
                .mapToObj(i -> generator.next(4))
                .filter(code -> code.charAt(0) == '0')
                .count();
        // about 10 %; the bounds are more than six standard deviations wide, so this never flakes
        assertThat(leadingZero).isBetween(1_600L, 2_400L);
    }
}
