package com.loopin.pumping;

import static org.assertj.core.api.Assertions.assertThat;

import com.loopin.shared.PhoneNumber;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SegmentTests {

    @Test
    void aNumberBelongsToItsCountryAndToItsPrefix() {
        assertThat(Segment.of(new PhoneNumber("+2348031234567"), 4))
                .containsExactly(new Segment("+234"), new Segment("+234 8031"));
        assertThat(Segment.of(new PhoneNumber("+919812345678"), 3))
                .containsExactly(new Segment("+91"), new Segment("+91 981"));
        assertThat(Segment.of(new PhoneNumber("+14155550123"), 4))
                .containsExactly(new Segment("+1"), new Segment("+1 4155"));
    }

    @Test
    void staffMayTypeASegmentAnyWay() {
        assertThat(Segment.parse("+234 8031")).contains(new Segment("+234 8031"));
        assertThat(Segment.parse("+2348031")).contains(new Segment("+234 8031"));
        assertThat(Segment.parse(" 234-8031 ")).contains(new Segment("+234 8031"));
        assertThat(Segment.parse("+44")).contains(new Segment("+44"));
    }

    @Test
    void refusesWhatIsNoSegment() {
        assertThat(Segment.parse("")).isEmpty();
        assertThat(Segment.parse("nigeria")).isEqualTo(Optional.empty());
        assertThat(Segment.parse("+999 1")).as("no such country code").isEmpty();
        assertThat(Segment.parse("+234 803123456"))
                .as("longer than eight national digits")
                .isEmpty();
    }

    @Test
    void aSegmentCoversTheNumbersAndSegmentsThatBeginWithIt() {
        assertThat(new Segment("+234 8031").contains(new PhoneNumber("+2348031234567")))
                .isTrue();
        assertThat(new Segment("+234 8031").contains(new PhoneNumber("+2348061234567")))
                .isFalse();
        assertThat(new Segment("+234").contains(new Segment("+234 8031"))).isTrue();
        assertThat(new Segment("+234 8031").contains(new Segment("+234"))).isFalse();
        assertThat(new Segment("+234 8031").country()).isEqualTo(new Segment("+234"));
    }
}
