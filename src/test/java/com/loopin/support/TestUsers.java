package com.loopin.support;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The account id behind an access token (the API shows a profile's id, not the account's). */
public final class TestUsers {

    private TestUsers() {}

    public static long userId(Api api, JdbcClient jdbc, String token) {
        return jdbc.sql("select user_id from user_profile where id = ?")
                .param(api.get("/api/auth/profile", token).json().at("/data/id").asLong())
                .query(Long.class)
                .single();
    }
}
