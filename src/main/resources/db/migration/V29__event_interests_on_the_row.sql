-- An event's interests move onto its own row: the list by interest and city read the city's events in start order
-- and probed event_tag once for each (about 700 blocks for a page of 21 among 100,000 events, 1 ms); with the ids
-- on the row the same walk filters what it reads anyway (155 blocks, 0.23 ms). Sorted ascending, 1-3 of them,
-- each an active interest when written (EventRules); interests are never deleted, only made inactive.
alter table event add column interest_ids bigint array;

update event set interest_ids = (
    select array_agg(t.interest_id order by t.interest_id) from event_tag t where t.event_id = event.id);

drop table event_tag;
