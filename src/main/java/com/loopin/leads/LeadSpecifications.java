package com.loopin.leads;

import jakarta.persistence.criteria.Predicate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;

final class LeadSpecifications {

    private LeadSpecifications() {}

    static Specification<Lead> matching(LeadFilter filter, ZoneId zone) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(cb.isNotNull(root.get("phoneNumber")));
            String digits = filter.number() == null ? "" : filter.number().replaceAll("[^0-9]", "");
            if (!digits.isEmpty()) {
                where.add(cb.like(root.get("phoneNumber"), "%" + digits + "%"));
            }
            if ("verified".equals(filter.status())) {
                where.add(cb.isTrue(root.get("verified")));
            } else if ("unverified".equals(filter.status())) {
                where.add(cb.isFalse(root.get("verified")));
            } else if ("test".equals(filter.status())) {
                where.add(cb.isTrue(root.get("test")));
            }
            if (filter.from() != null) {
                where.add(cb.greaterThanOrEqualTo(
                        root.get("firstRequestedAt"),
                        filter.from().atStartOfDay(zone).toInstant()));
            }
            if (filter.to() != null) {
                where.add(cb.lessThan(
                        root.get("firstRequestedAt"),
                        filter.to().plusDays(1).atStartOfDay(zone).toInstant()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
