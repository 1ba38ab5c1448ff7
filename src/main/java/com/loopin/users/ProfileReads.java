package com.loopin.users;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A profile as its owner reads it ({@code GET /api/auth/profile}, the app's most frequent authenticated call): one
 * query in autocommit, no transaction and no entities. Through Hibernate the same read cost a transaction (two
 * round trips) and about a sixth of the request's CPU (JFR under bench/run.sh's load).
 */
@Repository
class ProfileReads {

    private static final String PROFILE_WITH_PICTURES_AND_INTERESTS = """
            select p.id, p.name, u.phone_number, u.is_active as user_active, p.gender, p.bio, p.location,
                   p.birth_date, p.is_verified, p.is_active, p.created_at, p.updated_at,
                   pp.position, pp.url, pi.event_interest_id
            from user_profile p
            join app_user u on u.id = p.user_id
            left join profile_picture pp on pp.profile_id = p.id
            left join profile_event_interest pi on pi.profile_id = p.id
            where u.id = ?""";

    record ProfileRead(
            long id,
            String name,
            String phoneNumber,
            boolean userActive,
            String gender,
            String bio,
            String location,
            LocalDate birthDate,
            boolean verified,
            boolean active,
            Instant createdAt,
            Instant updatedAt,
            List<String> pictures,
            Set<Long> eventInterestIds) {}

    private final JdbcClient jdbc;

    ProfileReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ProfileRead> findByUserId(long userId) {
        return jdbc.sql(PROFILE_WITH_PICTURES_AND_INTERESTS).param(userId).query(ProfileReads::read);
    }

    /** The rows are the profile times its pictures times its interests (at most 6 × 5). */
    private static Optional<ProfileRead> read(ResultSet rows) throws SQLException {
        if (!rows.next()) {
            return Optional.empty();
        }
        var pictures = new TreeMap<Integer, String>();
        var interestIds = new LinkedHashSet<Long>();
        long id = rows.getLong("id");
        String name = rows.getString("name");
        String phoneNumber = rows.getString("phone_number");
        boolean userActive = rows.getBoolean("user_active");
        String gender = rows.getString("gender");
        String bio = rows.getString("bio");
        String location = rows.getString("location");
        LocalDate birthDate = rows.getObject("birth_date", LocalDate.class);
        boolean verified = rows.getBoolean("is_verified");
        boolean active = rows.getBoolean("is_active");
        Instant createdAt = rows.getObject("created_at", OffsetDateTime.class).toInstant();
        Instant updatedAt = rows.getObject("updated_at", OffsetDateTime.class).toInstant();
        do {
            String url = rows.getString("url");
            if (url != null) {
                pictures.put(rows.getInt("position"), url);
            }
            long interestId = rows.getLong("event_interest_id");
            if (!rows.wasNull()) {
                interestIds.add(interestId);
            }
        } while (rows.next());
        return Optional.of(new ProfileRead(
                id,
                name,
                phoneNumber,
                userActive,
                gender,
                bio,
                location,
                birthDate,
                verified,
                active,
                createdAt,
                updatedAt,
                List.copyOf(pictures.values()),
                interestIds));
    }
}
