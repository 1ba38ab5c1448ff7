-- Near me: the index of the listed events' cells also holds their coordinates, so the bounding box of the radius is
-- checked in the index and the corners of the cells around a point are never read from the table (about half of
-- what the cells held, on the bench's events). It replaces the index of the cells alone.
set local statement_timeout = 0;

create index ix_event_listed_near on event (geocell, latitude, longitude)
    where status = 'published' and visibility = 'public';
drop index ix_event_listed_geocell;
