package com.loopin.users;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.data.jpa.domain.Specification;

final class ProfileSpecifications {

    private ProfileSpecifications() {}

    static Specification<Profile> matching(UserFilter filter, ZoneId zone) {
        return (root, query, cb) -> {
            Join<Profile, User> user = root.join("user");
            List<Predicate> where = new ArrayList<>();
            String text = filter.query() == null ? "" : filter.query().strip();
            if (!text.isEmpty()) {
                String digits = text.replaceAll("[^0-9]", "");
                Predicate byName = cb.like(cb.lower(root.get("name")), "%" + text.toLowerCase(Locale.ROOT) + "%");
                where.add(
                        digits.length() >= 3
                                ? cb.or(byName, cb.like(user.get("phoneNumber"), "%" + digits + "%"))
                                : byName);
            }
            if (filter.active() != null) {
                where.add(cb.equal(user.get("active"), filter.active()));
            }
            if (filter.verified() != null) {
                where.add(cb.equal(root.get("verified"), filter.verified()));
            }
            if ("complete".equals(filter.profileStatus())) {
                where.add(cb.isNotNull(root.get("completedAt")));
            } else if ("incomplete".equals(filter.profileStatus())) {
                where.add(cb.isNull(root.get("completedAt")));
            }
            if (filter.gender() != null && !filter.gender().isBlank()) {
                where.add(cb.equal(root.get("gender"), filter.gender()));
            }
            if (filter.location() != null && !filter.location().isBlank()) {
                where.add(cb.like(
                        cb.lower(root.get("location")),
                        "%" + filter.location().strip().toLowerCase(Locale.ROOT) + "%"));
            }
            if (filter.createdFrom() != null) {
                where.add(cb.greaterThanOrEqualTo(
                        root.get("createdAt"),
                        filter.createdFrom().atStartOfDay(zone).toInstant()));
            }
            if (filter.createdTo() != null) {
                where.add(cb.lessThan(
                        root.get("createdAt"),
                        filter.createdTo().plusDays(1).atStartOfDay(zone).toInstant()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
