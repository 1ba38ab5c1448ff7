package com.loopin.shared;

/** One failing field of a request, named as in the JSON body ({@code birth_date}, {@code event_interests[2]}). */
public record FieldError(String field, String message) {}
