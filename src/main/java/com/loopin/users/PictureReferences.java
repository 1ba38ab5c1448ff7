package com.loopin.users;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which picture URLs profiles use, asked by the last segment of their path (a stored picture's key). */
@Repository
class PictureReferences {

    private final JdbcClient jdbc;

    PictureReferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Set<String> namesInUse(Collection<String> names) {
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
}
