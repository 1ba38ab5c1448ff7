-- The seats taken of a published event without a seat limit are counted in eight rows beside the event, not on its
-- row (docs/events-design.md, "Seats"). Every paid ask holds seats, and with no limit to check nothing needs the one
-- row: each ask updated it as its last statement and held its lock until its commit, so the asks of one popular
-- event went one commit at a time (5 ms a statement waiting in the bench). An event's seats are its row's count plus
-- its rows here. The rows exist only while the event is published without a limit: setting a limit, cancelling or
-- completing folds them into the event's row, under its lock. Runs on PostgreSQL and on H2.
create table event_seat_stripe (
    event_id varchar(8) not null,
    stripe   smallint   not null,
    seats    integer    not null default 0,
    constraint pk_event_seat_stripe primary key (event_id, stripe),
    constraint fk_event_seat_stripe_event foreign key (event_id) references event (id) on delete cascade,
    constraint ck_event_seat_stripe check (stripe between 0 and 7)
);
insert into event_seat_stripe (event_id, stripe)
select e.id, s.stripe
from event e
cross join (select 0 as stripe union all select 1 union all select 2 union all select 3
            union all select 4 union all select 5 union all select 6 union all select 7) s
where e.status = 'published' and e.capacity is null;
