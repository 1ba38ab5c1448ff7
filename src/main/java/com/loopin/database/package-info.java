/**
 * How every module reaches the database, and nothing else: the dialect decision made once at start-up
 * ({@code SqlDialect}), instants to and from SQL ({@code SqlValues}), one {@code where} builder and sortable
 * columns for lists ({@code SqlWhere}, {@code SqlPage}), work after a commit ({@code AfterCommit}), change
 * notifications between instances (PostgreSQL LISTEN/NOTIFY), the operator's {@code DATABASE_URL}, and how to
 * tell database trouble from a bug ({@code DatabaseTrouble}). Infrastructure, not vocabulary: it knows no feature.
 */
@ApplicationModule(displayName = "Database access", type = ApplicationModule.Type.OPEN)
package com.loopin.database;

import org.springframework.modulith.ApplicationModule;
