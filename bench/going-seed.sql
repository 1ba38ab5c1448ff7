-- The host's side of going, for bench/run.sh: events hosted by bench sessions' users (:phones), starting in two
-- hours (requests are still open and the door is too), with what the host works through:
--   g0…: approval events with 150 pending requests each (the host accepts them: 96,000, a third per run)
--   g1…: events with 200 accepted requests and valid tickets each (the host checks them in: 128,000, a third per run)
--   g2000000: one event with 5,000 requests, half pending and half waitlisted (the host reads the list)
-- Ten events of each kind per host: at five, a quiet machine scanned a run's third of the tickets in 11 s.
-- Guests are the seeded users (+9160…). The seats taken and the counts of waiting requests match the requests, as
-- the API keeps them.
create temporary table bench_going_host as
select row_number() over (order by id) - 1 as n, id from app_user where phone_number in (:phones);

create temporary table bench_going_event as
select 'g' || kind || lpad(to_hex(h.n * 10 + e), 6, '0') as id, h.id as host_id, kind, h.n * 10 + e as k
from bench_going_host h
cross join generate_series(0, 9) e
cross join (values (0), (1)) kinds(kind);

insert into event (id, host_id, status, title, description, starts_at, ends_at, time_zone, online, venue_name,
                   area, city, city_key, country_code, latitude, longitude, capacity, admission, audience,
                   max_seats_per_request, visibility, price_paise, seats_taken, published_at,
                   created_at, updated_at)
select id, host_id, 'published', 'Bench going #' || id, 'The host''s side of going.',
       now() + interval '2 hours', now() + interval '5 hours', 'Asia/Kolkata', false, 'Venue', 'Area', 'Pune',
       'pune', 'IN', 18.52, 73.85, cast(null as integer), 'approval', 'everyone', 1, 'public', 0,
       case when kind = 1 then 200 else 0 end, now(), now(), now()
from bench_going_event
union all
select 'g2000000', (select id from bench_going_host where n = 0), 'published', 'Bench going: 5,000 requests',
       'The request list.', now() + interval '2 hours', now() + interval '5 hours', 'Asia/Kolkata', false, 'Venue',
       'Area', 'Pune', 'pune', 'IN', 18.52, 73.85, null, 'approval', 'everyone', 1, 'public', 0, 0, now(),
       now(), now();
-- as the service gives an event published without a seat limit: its eight rows of seats (V34)
insert into event_seat_stripe (event_id, stripe)
select e.id, s from event e cross join generate_series(0, 7) s
where (e.id in (select id from bench_going_event) or e.id = 'g2000000') and e.capacity is null;

create temporary table bench_guest as
select row_number() over (order by id) - 1 as n, id from app_user where phone_number like '+9160%';

insert into event_request (id, event_id, user_id, status, seats, message, live_key, decided_at, created_at,
                           updated_at)
select 'q' || lpad((e.kind * 1000000 + e.k * 1000 + i)::text, 11, '0'), e.id, g.id,
       case when e.kind = 0 then 'pending' else 'accepted' end, 1, 'From the bench', e.id || ':' || g.id,
       case when e.kind = 1 then now() end, now() - (1000 - i) * interval '1 second', now()
from bench_going_event e
cross join generate_series(1, 200) i
join bench_guest g on g.n = (e.k * 1000 + i) % (select count(*) from bench_guest)
where e.kind = 1 or i <= 150;

-- half of them pending, half on the waitlist (their places are numbered on every page the host reads)
insert into event_request (id, event_id, user_id, status, seats, message, waitlist_order, live_key, created_at,
                           updated_at)
select 'p' || lpad(i::text, 11, '0'), 'g2000000', g.id, case when i % 2 = 0 then 'waitlisted' else 'pending' end,
       1, 'Hello from the bench', case when i % 2 = 0 then i end, 'g2000000:' || g.id,
       now() - (5000 - i) * interval '1 second', now()
from generate_series(1, 5000) i
join bench_guest g on g.n = 500000 + i;

-- the counts of requests waiting on each event, as the API keeps them (a request in its asker's row of eight)
insert into event_waiting (event_id, stripe, pending, waitlisted)
select r.event_id, mod(r.user_id, 8), sum(case when r.status = 'pending' then 1 else 0 end),
       sum(case when r.status = 'waitlisted' then 1 else 0 end)
from event_request r
where r.event_id like 'g%' and r.status in ('pending', 'waitlisted')
group by r.event_id, mod(r.user_id, 8);

insert into ticket (id, event_id, request_id, user_id, seats, status, created_at, updated_at)
select 't' || substr(r.id, 2), r.event_id, r.id, r.user_id, 1, 'valid', now(), now()
from event_request r join bench_going_event e on e.id = r.event_id
where e.kind = 1;

analyze event;
analyze event_request;
analyze event_waiting;
analyze ticket;
