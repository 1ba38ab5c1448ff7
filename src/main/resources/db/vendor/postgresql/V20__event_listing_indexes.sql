-- The listed set (published, public) is what discovery reads: partial indexes keep drafts, private, cancelled and
-- completed events out of them. Words of the title and description are searched through a tsvector ('simple':
-- titles mix English, Hindi in Latin script and names, which stemming would mangle) with a GIN index.
set local statement_timeout = 0;

create index ix_event_listed_start on event (starts_at, id)
    where status = 'published' and visibility = 'public';
create index ix_event_listed_city on event (city_key, starts_at, id)
    where status = 'published' and visibility = 'public';
create index ix_event_listed_geocell on event (geocell)
    where status = 'published' and visibility = 'public';

alter table event add column search_words tsvector
    generated always as (to_tsvector('simple', title || ' ' || description)) stored;
create index ix_event_search_words on event using gin (search_words);
