-- The events bench's database: 1,000,000 users with complete profiles and 100,000 published events over the 50
-- cities of bench/cities.csv (1-2 interests each, start times over the next 60 days, venues within about 15 km of
-- the city centre), as bench/run.sh measures discovery against. psql variables: users, events.
\set ON_ERROR_STOP on
create temporary table bench_city (name text, latitude double precision, longitude double precision);
\copy bench_city from 'bench/cities.csv' with (format csv)
create temporary table bench_city_n as select row_number() over (order by name) - 1 as n, * from bench_city;

-- Geocell.of in SQL: the 30-bit geohash (precision 6) the server writes (bench/events-explain.sql uses it too)
create or replace function bench_geocell(lat double precision, lon double precision) returns bigint language plpgsql immutable as $$
declare
    lat_lo double precision := -90; lat_hi double precision := 90;
    lon_lo double precision := -180; lon_hi double precision := 180;
    cell bigint := 0; mid double precision;
begin
    for bit in 0..29 loop
        cell := cell * 2;
        if bit % 2 = 0 then
            mid := (lon_lo + lon_hi) / 2;
            if lon >= mid then cell := cell + 1; lon_lo := mid; else lon_hi := mid; end if;
        else
            mid := (lat_lo + lat_hi) / 2;
            if lat >= mid then cell := cell + 1; lat_lo := mid; else lat_hi := mid; end if;
        end if;
    end loop;
    return cell;
end $$;

insert into app_user (phone_number, is_active, created_at, updated_at)
select '+9160' || lpad(g::text, 8, '0'), true, now(), now() from generate_series(1::bigint, :users) g
on conflict do nothing;
insert into user_profile (user_id, name, birth_date, gender, created_at, updated_at, completed_at)
select u.id, 'Bench Host ' || u.id, date '1995-01-01', 'female', now(), now(), now()
from app_user u where u.phone_number like '+9160%'
on conflict do nothing;

create temporary table bench_host as
select row_number() over (order by id) - 1 as n, id from app_user where phone_number like '+9160%';

insert into event (id, host_id, status, title, description, starts_at, ends_at, time_zone, online, venue_name,
                   area, city, city_key, country_code, latitude, longitude, geocell, capacity, admission, audience,
                   max_seats_per_request, visibility, price_paise, interest_ids, published_at, created_at, updated_at)
select 'b' || lpad(to_hex(g), 7, '0'),
       h.id,
       'published',
       (array['Sunrise cycling', 'Open mic', 'Board games night', 'Food walk', 'Photo walk', 'Startup mixer',
              'Yoga in the park', 'Book club', 'Salsa social', 'Tech talk'])[1 + g % 10] || ' #' || g,
       'A bench event in ' || c.name || '. Meet new people who like the same things.',
       date_trunc('hour', now()) + (1 + g % 60) * interval '1 day' + (g % 14) * interval '1 hour',
       date_trunc('hour', now()) + (1 + g % 60) * interval '1 day' + (g % 14 + 3) * interval '1 hour',
       'Asia/Kolkata', false, 'Venue ' || g, 'Area ' || (g % 20), c.name, lower(c.name), 'IN',
       c.latitude + ((g * 7919) % 3000 - 1500) / 10000.0,
       c.longitude + ((g * 104729) % 3000 - 1500) / 10000.0,
       bench_geocell(c.latitude + ((g * 7919) % 3000 - 1500) / 10000.0,
                       c.longitude + ((g * 104729) % 3000 - 1500) / 10000.0),
       case when g % 5 = 0 then null else 10 + g % 90 end,
       case when g % 3 = 0 then 'open' else 'approval' end,
       case when g % 17 = 0 then 'women' else 'everyone' end,
       1 + g % 2,
       'public', 0,
       -- interests vary within a city (a city is g mod 50): the first from g / 50, a second for every other event
       case when (g / 50) % 2 = 0
           then array[least(1 + (g / 50) % 10, 1 + ((g / 50) * 3 + 1) % 10),
                      greatest(1 + (g / 50) % 10, 1 + ((g / 50) * 3 + 1) % 10)]::bigint[]
           else array[1 + (g / 50) % 10]::bigint[] end,
       now(), now(), now()
from generate_series(1::bigint, :events) g
join bench_city_n c on c.n = g % 50
join bench_host h on h.n = (g * 7) % :users
on conflict do nothing;
-- as the service gives an event published without a seat limit: its eight rows of seats (V34)
insert into event_seat_stripe (event_id, stripe)
select e.id, s from event e cross join generate_series(0, 7) s
where e.id like 'b%' and e.status = 'published' and e.capacity is null
on conflict do nothing;

analyze app_user;
analyze user_profile;
-- as autovacuum leaves a table that is mostly read: the visibility map set, so index-only scans read no table
vacuum analyze event;
vacuum analyze event_seat_stripe;
