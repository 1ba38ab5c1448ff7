-- Near me (as on PostgreSQL, without the partial index's condition): the cells' index also holds the coordinates.
create index ix_event_listed_near on event (geocell, latitude, longitude);
drop index ix_event_listed_geocell;
