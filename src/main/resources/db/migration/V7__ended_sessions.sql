-- Sessions ended by an account deletion: their auth_session rows are deleted with the account, so the other
-- instances learn of them from here (kept as long as an access token lives, then purged).
create table ended_session (
    session_id uuid         not null primary key,
    ended_at   timestamp(6) with time zone not null
);

create index ix_ended_session_ended on ended_session (ended_at);
create index ix_auth_session_revoked on auth_session (revoked_at);
