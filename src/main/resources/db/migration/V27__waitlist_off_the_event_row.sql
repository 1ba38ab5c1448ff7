-- Asking to join no longer writes the event's row unless it takes seats (docs/events-design.md, "The waitlist").
-- Every asker of a popular, full event updated that row (the waitlist's count and its next place) and held its lock
-- until their commit, so the asks of one event went one commit at a time. Runs on PostgreSQL and on H2.
--
-- A request's order on the waitlist is drawn from one sequence: it only orders (the place a guest sees, 1 first, is
-- counted among those waiting before them). Orders given before this migration per event are moved below zero, in
-- the same order, so that they stay ahead of every order the sequence gives.
create sequence event_waitlist_order;
alter table event_request rename column waitlist_position to waitlist_order;
update event_request set waitlist_order = waitlist_order - 1
    - (select e.waitlist_next from event e where e.id = event_request.event_id)
    where waitlist_order is not null;
drop index ix_event_request_waitlist;
-- the waitlist in order, its ids included: a place is counted, a page's places numbered, from the index alone
create index ix_event_request_waitlist on event_request (event_id, status, waitlist_order, id);

-- How many requests wait on an event (pending for the host, on the waitlist), in eight rows per event: a request
-- counts in the row of its asker (user_id mod 8), so that the asks of one event update different rows, and an
-- event's counts are the sum of its rows. Kept in the transaction that moves a request, like the seats.
create table event_waiting (
    event_id   varchar(8) not null,
    stripe     smallint   not null,
    pending    integer    not null default 0,
    waitlisted integer    not null default 0,
    constraint pk_event_waiting primary key (event_id, stripe),
    constraint fk_event_waiting_event foreign key (event_id) references event (id) on delete cascade,
    constraint ck_event_waiting check (pending >= 0 and waitlisted >= 0 and stripe between 0 and 7)
);
insert into event_waiting (event_id, stripe, pending, waitlisted)
select event_id, mod(user_id, 8), sum(case when status = 'pending' then 1 else 0 end),
       sum(case when status = 'waitlisted' then 1 else 0 end)
from event_request where status in ('pending', 'waitlisted')
group by event_id, mod(user_id, 8);

alter table event drop constraint ck_event_counts;
alter table event drop column waitlisted;
alter table event drop column pending_requests;
alter table event drop column waitlist_next;
