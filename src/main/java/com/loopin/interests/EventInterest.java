package com.loopin.interests;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "event_interest")
class EventInterest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(length = 500)
    private String description;

    @Column(name = "is_active", nullable = false)
    private boolean active;

    @Column(nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private Instant updatedAt;

    protected EventInterest() {}

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
