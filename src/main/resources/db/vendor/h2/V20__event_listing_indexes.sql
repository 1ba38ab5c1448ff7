-- The embedded database's counterpart of PostgreSQL's partial listing indexes (its data is small: plain ones).
-- Words are searched with like on the embedded database (no full-text index here).
create index ix_event_listed_start on event (starts_at, id);
create index ix_event_listed_city on event (city_key, starts_at, id);
create index ix_event_listed_geocell on event (geocell);
