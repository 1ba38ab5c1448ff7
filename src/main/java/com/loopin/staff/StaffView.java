package com.loopin.staff;

import java.time.Instant;

public record StaffView(
        Long id, String username, StaffRole role, boolean active, Instant lastLoginAt, Instant createdAt) {}
