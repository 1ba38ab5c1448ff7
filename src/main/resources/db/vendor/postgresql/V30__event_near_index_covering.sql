-- Near me reads only this index: it also carries what the list's inner query asks of each event within the cells
-- (its end for "not yet ended", its start and id for the page, its interests for the filter and for_you), and the
-- query walks each cell's range as an index-only scan (one range per row of a VALUES list joined laterally; the
-- ranges OR-ed together were a bitmap scan, which always reads the table). On the bench's 100,000 events: 13 blocks
-- instead of about 400 for the ranges around a city centre. It replaces ix_event_listed_near (V26).
set local statement_timeout = 0;

create index ix_event_listed_near_covering on event (geocell, latitude, longitude)
    include (ends_at, starts_at, id, interest_ids)
    where status = 'published' and visibility = 'public';
drop index ix_event_listed_near;
