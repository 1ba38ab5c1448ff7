-- Discovery by city or by start reads its page's ids from these indexes alone: they also carry what the list's filters
-- ask of each event they pass over (its end for "not yet ended", its interests, audience and host), so the table is
-- read for the page's rows only. A city's events of a rare interest used to cost a table row each to pass over (about
-- 440 blocks for a page of 21 on the bench's 100,000 events); read from the index, about 90. They replace
-- ix_event_listed_city and ix_event_listed_start (V20).
set local statement_timeout = 0;

create index ix_event_listed_city_covering on event (city_key, starts_at, id)
    include (ends_at, interest_ids, audience, host_id)
    where status = 'published' and visibility = 'public';
create index ix_event_listed_start_covering on event (starts_at, id)
    include (ends_at, interest_ids, audience, host_id)
    where status = 'published' and visibility = 'public';
drop index ix_event_listed_city;
drop index ix_event_listed_start;
