package com.loopin.users;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An app user: a Spring Data JDBC aggregate. Phone users have no password: they prove who they are with a code
 * sent to their number, and an account exists only once its number has been verified.
 */
@Table("app_user")
class User {

    @Id
    private Long id;

    private final String phoneNumber;

    @Column("is_active")
    private boolean active;

    private final Instant createdAt;

    private Instant updatedAt;

    @PersistenceCreator
    User(Long id, String phoneNumber, boolean active, Instant createdAt, Instant updatedAt) {
        this.id = id;
        this.phoneNumber = phoneNumber;
        this.active = active;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
    }

    static User verified(String phoneNumber, Instant now) {
        return new User(null, phoneNumber, true, now, now);
    }

    Long getId() {
        return id;
    }

    String getPhoneNumber() {
        return phoneNumber;
    }

    boolean isActive() {
        return active;
    }

    void setActive(boolean active, Instant now) {
        this.active = active;
        this.updatedAt = now;
    }
}
