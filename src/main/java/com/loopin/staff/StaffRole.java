package com.loopin.staff;

/** Superusers manage staff accounts; staff work leads, users, profiles and interests. */
public enum StaffRole {
    SUPERUSER,
    STAFF
}
