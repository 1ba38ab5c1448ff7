package com.loopin.interests;

import java.time.Instant;

/** An event interest as other modules see it. */
public record InterestView(
        Long id, String name, String description, boolean active, Instant createdAt, Instant updatedAt) {}
