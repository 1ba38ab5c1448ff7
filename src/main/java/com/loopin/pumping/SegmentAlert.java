package com.loopin.pumping;

import java.time.Instant;

/** The detector suspected a segment of the home market on evidence too thin to block it: staff decide. */
public record SegmentAlert(Segment segment, String reason, Instant raisedAt) {}
