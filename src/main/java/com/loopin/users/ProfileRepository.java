package com.loopin.users;

import static com.loopin.database.SqlValues.dayIn;
import static com.loopin.database.SqlValues.instant;
import static com.loopin.database.SqlValues.utc;

import com.loopin.database.SqlPage;
import com.loopin.database.SqlWhere;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Every statement on {@code user_profile}, {@code profile_picture} and {@code profile_event_interest}: a {@link
 * Profile} loaded in one query and saved whole in five statements, the owner's read (the app's most frequent
 * authenticated call: one query, no transaction), the console's list and the counts. Plain statements rather than a
 * Spring Data JDBC aggregate: the aggregate rendered its SQL on every load and took three queries to load and six
 * to save, and completing a profile ran at two thirds of its former rate (docs/performance.md).
 */
@Repository
class ProfileRepository {

    /** The properties the user and profile lists may be sorted on, and their columns. */
    static final Map<String, String> SORTABLE =
            Map.of("createdAt", "u.created_at", "name", "p.name", "completedAt", "p.completed_at");

    private static final String SUMMARY = """
            select u.id as user_id, p.id as profile_id, u.phone_number, p.name, p.gender, p.location, p.bio,
                   p.birth_date, u.is_active, u.created_at, p.completed_at
            from user_profile p join app_user u on u.id = p.user_id""";

    private static final String OWNER_VIEW = """
            select p.id, p.name, u.phone_number, u.is_active as user_active, p.gender, p.bio, p.location,
                   p.birth_date, p.created_at, p.updated_at, pp.position, pp.url, pi.event_interest_id
            from user_profile p
            join app_user u on u.id = p.user_id
            left join profile_picture pp on pp.profile_id = p.id
            left join profile_event_interest pi on pi.profile_id = p.id
            where u.id = ?""";

    private static final String PROFILE_WITH_PICTURES_AND_INTERESTS = """
            select p.id, p.user_id, p.name, p.bio, p.location, p.birth_date, p.gender, p.created_at, p.updated_at,
                   p.completed_at, pp.position, pp.url, pi.event_interest_id
            from user_profile p
            left join profile_picture pp on pp.profile_id = p.id
            left join profile_event_interest pi on pi.profile_id = p.id
            where p.user_id = ?""";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    ProfileRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    void insert(Profile profile) {
        jdbc.sql("insert into user_profile (user_id, created_at, updated_at) values (?, ?, ?)")
                .params(profile.getUserId(), utc(profile.getCreatedAt()), utc(profile.getUpdatedAt()))
                .update();
    }

    /** Saves the profile whole: its row, and its pictures and interests replaced (each a batch: one round trip). */
    void update(Profile profile) {
        jdbc.sql("""
                        update user_profile
                        set name = ?, bio = ?, location = ?, birth_date = ?, gender = ?, updated_at = ?,
                            completed_at = ?
                        where id = ?""")
                .params(
                        profile.getName(),
                        profile.getBio(),
                        profile.getLocation(),
                        profile.getBirthDate(),
                        profile.getGender(),
                        utc(profile.getUpdatedAt()),
                        utc(profile.getCompletedAt()),
                        profile.getId())
                .update();
        jdbc.sql("delete from profile_picture where profile_id = ?")
                .param(profile.getId())
                .update();
        List<String> pictures = profile.getPictures();
        List<Object[]> pictureRows = new ArrayList<>();
        for (int position = 0; position < pictures.size(); position++) {
            pictureRows.add(new Object[] {profile.getId(), position, pictures.get(position)});
        }
        template.batchUpdate("insert into profile_picture (profile_id, position, url) values (?, ?, ?)", pictureRows);
        jdbc.sql("delete from profile_event_interest where profile_id = ?")
                .param(profile.getId())
                .update();
        template.batchUpdate(
                "insert into profile_event_interest (profile_id, event_interest_id) values (?, ?)",
                profile.getEventInterestIds().stream()
                        .map(interest -> new Object[] {profile.getId(), interest})
                        .toList());
    }

    /** The profile with its pictures and interests, in one query (the profile times its pictures times its interests). */
    Optional<Profile> findByUserId(long userId) {
        return jdbc.sql(PROFILE_WITH_PICTURES_AND_INTERESTS).param(userId).query((ResultSetExtractor<Optional<Profile>>)
                ProfileRepository::profile);
    }

    /** The owner's read: the profile times its pictures times its interests (at most 6 × 5 rows), one query. */
    Optional<ProfileRead> ownerView(long userId) {
        return jdbc.sql(OWNER_VIEW).param(userId).query((ResultSetExtractor<Optional<ProfileRead>>)
                ProfileRepository::ownerView);
    }

    Page<UserSummary> search(UserFilter filter, ZoneId zone, Pageable page) {
        SqlWhere where = where(filter, zone);
        long total = jdbc.sql("select count(*) from user_profile p join app_user u on u.id = p.user_id" + where.sql())
                .params(where.params())
                .query(Long.class)
                .single();
        List<UserSummary> rows = summaries(
                where.sql() + SqlPage.orderBy(page.getSort(), SORTABLE, "p.id desc") + SqlPage.limit(page, false),
                where.params());
        return new PageImpl<>(rows, page, total);
    }

    List<UserSummary> summaries(Collection<Long> userIds) {
        if (userIds.isEmpty()) {
            return List.of();
        }
        return summaries(
                " where u.id in (" + String.join(", ", Collections.nCopies(userIds.size(), "?")) + ")",
                List.copyOf(userIds));
    }

    Optional<ProfileStanding> standing(long userId) {
        return jdbc.sql("select u.is_active, p.completed_at, p.gender from app_user u"
                        + " left join user_profile p on p.user_id = u.id where u.id = ?")
                .param(userId)
                .query((rs, i) -> new ProfileStanding(
                        userId,
                        rs.getBoolean("is_active"),
                        rs.getObject("completed_at") != null,
                        rs.getString("gender")))
                .optional();
    }

    Optional<UserSummary> summary(long userId) {
        return summaries(" where u.id = ?", List.of(userId)).stream().findFirst();
    }

    /** How many profiles chose each interest. */
    Map<Long, Long> countPerInterest() {
        Map<Long, Long> counts = new HashMap<>();
        jdbc.sql("select event_interest_id, count(*) from profile_event_interest group by event_interest_id")
                .query((rs, row) -> counts.put(rs.getLong(1), rs.getLong(2)))
                .list();
        return counts;
    }

    /** Profiles completed per day in the zone since the instant, counted by the database from the index. */
    Map<LocalDate, Long> completedPerDay(Instant since, ZoneId zone) {
        Map<LocalDate, Long> days = new TreeMap<>();
        String day = dayIn("completed_at", zone);
        jdbc.sql("select " + day + ", count(*) from user_profile where completed_at >= ? group by " + day)
                .param(utc(since))
                .query((rs, row) -> days.merge(rs.getObject(1, LocalDate.class), rs.getLong(2), Long::sum))
                .list();
        return days;
    }

    /** The name and first picture of each of these users who has a profile: one statement. */
    Map<Long, PersonCard> cards(Collection<? extends Long> userIds) {
        if (userIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, PersonCard> cards = new HashMap<>();
        jdbc.sql("select p.user_id, p.name, pp.url from user_profile p"
                        + " left join profile_picture pp on pp.profile_id = p.id and pp.position = 0"
                        + " where p.user_id in (" + String.join(", ", Collections.nCopies(userIds.size(), "?")) + ")")
                .params(List.copyOf(userIds))
                .query(row -> {
                    long id = row.getLong("user_id");
                    cards.put(id, new PersonCard(id, row.getString("name"), row.getString("url")));
                });
        return cards;
    }

    /** Of these file names (a stored picture's key), the ones some profile's picture URL ends with. */
    Set<String> pictureNamesInUse(Collection<String> names) {
        if (names.isEmpty()) {
            return Set.of();
        }
        List<Object> patterns = new ArrayList<>();
        names.forEach(name -> patterns.add("%/" + name));
        String where = String.join(" or ", Collections.nCopies(names.size(), "url like ?"));
        Set<String> used = new HashSet<>();
        for (String url : jdbc.sql("select url from profile_picture where " + where)
                .params(patterns)
                .query(String.class)
                .list()) {
            used.add(url.substring(url.lastIndexOf('/') + 1));
        }
        used.retainAll(names);
        return used;
    }

    /** The one filter of the user and profile lists: their page and their count. */
    private static SqlWhere where(UserFilter filter, ZoneId zone) {
        SqlWhere where = new SqlWhere();
        String text = filter.query() == null ? "" : filter.query().strip();
        if (!text.isEmpty()) {
            String digits = text.replaceAll("[^0-9]", "");
            String byName = SqlWhere.contains(text.toLowerCase(Locale.ROOT));
            if (digits.length() >= 3) {
                where.and("(lower(p.name) like ? or u.phone_number like ?)", byName, "%" + digits + "%");
            } else {
                where.and("lower(p.name) like ?", byName);
            }
        }
        if (filter.active() != null) {
            where.and("u.is_active = ?", filter.active());
        }
        if ("complete".equals(filter.profileStatus())) {
            where.and("p.completed_at is not null");
        } else if ("incomplete".equals(filter.profileStatus())) {
            where.and("p.completed_at is null");
        }
        if (filter.gender() != null && !filter.gender().isBlank()) {
            where.and("p.gender = ?", filter.gender());
        }
        if (filter.location() != null && !filter.location().isBlank()) {
            where.and(
                    "lower(p.location) like ?",
                    SqlWhere.contains(filter.location().strip().toLowerCase(Locale.ROOT)));
        }
        if (filter.createdFrom() != null) {
            where.and(
                    "u.created_at >= ?",
                    utc(filter.createdFrom().atStartOfDay(zone).toInstant()));
        }
        if (filter.createdTo() != null) {
            where.and(
                    "u.created_at < ?",
                    utc(filter.createdTo().plusDays(1).atStartOfDay(zone).toInstant()));
        }
        return where;
    }

    /** Summaries of the rows the clause selects, with their pictures and interests (two more queries, by id). */
    private List<UserSummary> summaries(String clause, List<Object> params) {
        List<SummaryRow> rows = jdbc.sql(SUMMARY + clause)
                .params(params)
                .query((rs, i) -> new SummaryRow(
                        rs.getLong("user_id"),
                        rs.getLong("profile_id"),
                        rs.getString("phone_number"),
                        rs.getString("name"),
                        rs.getString("gender"),
                        rs.getString("location"),
                        rs.getString("bio"),
                        rs.getObject("birth_date", LocalDate.class),
                        rs.getBoolean("is_active"),
                        instant(rs, "created_at"),
                        instant(rs, "completed_at")))
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(SummaryRow::profileId).toList();
        Map<Long, List<String>> pictures = new HashMap<>();
        jdbc.sql("select profile_id, url from profile_picture where profile_id in (:ids) order by profile_id, position")
                .param("ids", ids)
                .query((rs, i) -> pictures.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                        .add(rs.getString(2)))
                .list();
        Map<Long, Set<Long>> interests = new HashMap<>();
        jdbc.sql("select profile_id, event_interest_id from profile_event_interest where profile_id in (:ids)")
                .param("ids", ids)
                .query((rs, i) -> interests
                        .computeIfAbsent(rs.getLong(1), id -> new LinkedHashSet<>())
                        .add(rs.getLong(2)))
                .list();
        return rows.stream()
                .map(row -> row.summary(
                        pictures.getOrDefault(row.profileId(), List.of()),
                        interests.getOrDefault(row.profileId(), Set.of())))
                .toList();
    }

    private record SummaryRow(
            long userId,
            long profileId,
            String phoneNumber,
            String name,
            String gender,
            String location,
            String bio,
            LocalDate birthDate,
            boolean active,
            Instant createdAt,
            Instant completedAt) {

        UserSummary summary(List<String> pictures, Set<Long> interestIds) {
            return new UserSummary(
                    userId,
                    profileId,
                    phoneNumber,
                    name,
                    gender,
                    location,
                    bio,
                    birthDate,
                    List.copyOf(pictures),
                    Set.copyOf(interestIds),
                    active,
                    completedAt != null,
                    createdAt,
                    completedAt);
        }
    }

    private static Optional<Profile> profile(ResultSet rows) throws SQLException {
        if (!rows.next()) {
            return Optional.empty();
        }
        var pictures = new TreeMap<Integer, String>();
        var interestIds = new LinkedHashSet<Long>();
        long id = rows.getLong("id");
        long userId = rows.getLong("user_id");
        String name = rows.getString("name");
        String bio = rows.getString("bio");
        String location = rows.getString("location");
        LocalDate birthDate = rows.getObject("birth_date", LocalDate.class);
        String gender = rows.getString("gender");
        Instant createdAt = instant(rows, "created_at");
        Instant updatedAt = instant(rows, "updated_at");
        Instant completedAt = instant(rows, "completed_at");
        do {
            collect(rows, pictures, interestIds);
        } while (rows.next());
        return Optional.of(new Profile(
                id,
                userId,
                name,
                bio,
                location,
                birthDate,
                gender,
                createdAt,
                updatedAt,
                completedAt,
                List.copyOf(pictures.values()),
                interestIds));
    }

    /** A joined row's picture and interest, if it has them. */
    private static void collect(ResultSet rows, Map<Integer, String> pictures, Set<Long> interestIds)
            throws SQLException {
        String url = rows.getString("url");
        if (url != null) {
            pictures.put(rows.getInt("position"), url);
        }
        long interestId = rows.getLong("event_interest_id");
        if (!rows.wasNull()) {
            interestIds.add(interestId);
        }
    }

    private static Optional<ProfileRead> ownerView(ResultSet rows) throws SQLException {
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
        Instant createdAt = instant(rows, "created_at");
        Instant updatedAt = instant(rows, "updated_at");
        do {
            collect(rows, pictures, interestIds);
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
                createdAt,
                updatedAt,
                List.copyOf(pictures.values()),
                interestIds));
    }
}
