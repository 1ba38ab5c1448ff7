package com.loopin.interests;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** One interest users may choose: a Spring Data JDBC aggregate, loaded and saved whole by its repository. */
@Table("event_interest")
class EventInterest {

    @Id
    private Long id;

    private String name;

    private String description;

    @Column("is_active")
    private boolean active;

    private Instant createdAt;

    private Instant updatedAt;

    @PersistenceCreator
    EventInterest(Long id, String name, String description, boolean active, Instant createdAt, Instant updatedAt) {
        this.id = id;
        this.name = name;
        this.description = description;
        this.active = active;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
    }

    EventInterest(String name, String description, boolean active, Instant now) {
        this.name = name;
        this.description = description;
        this.active = active;
        this.createdAt = now;
        this.updatedAt = now;
    }

    InterestView view() {
        return new InterestView(id, name, description, active, createdAt, updatedAt);
    }

    void change(String name, String description, Instant now) {
        this.name = name;
        this.description = description;
        this.updatedAt = now;
    }

    boolean setActive(boolean active, Instant now) {
        if (this.active == active) {
            return false;
        }
        this.active = active;
        this.updatedAt = now;
        return true;
    }

    Long getId() {
        return id;
    }

    boolean isActive() {
        return active;
    }
}
