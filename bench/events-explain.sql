-- The plans of the events bench's list queries on its seeded database (the statements EventRepository runs,
-- with the values of one request). Run by bench/run.sh into target/bench/events-explain.txt.
-- bench_geocell() is created by bench/events-seed.sql.

\echo '== discovery by an interest and a city (EventRepository.listed, order starts_at: the ids from ix_event_listed_city_covering alone, then the rows of the page)'
explain (analyze, costs off, timing off, summary off)
select e.id, e.title, e.interest_ids from (
    select * from (select e.id, e.starts_at from event e
        where e.status = 'published' and e.visibility = 'public' and e.ends_at > now()
          and (4 = any(e.interest_ids)) and e.city_key = 'pune') d
    order by d.starts_at, d.id limit 21) d
join event e on e.id = d.id order by d.starts_at, d.id;

\echo '== near a point in Mumbai, 10 km, nearest first (the walk of ix_event_listed_nearest, V35: an index-only KNN scan inside the radius cube)'
explain (analyze, costs off, timing off, summary off)
select e.id, e.title, d.chord from (
    select * from (
        select p.id, p.starts_at, p.chord from (select cos(radians(19.09)) * cos(radians(72.86)) as x,
                cos(radians(19.09)) * sin(radians(72.86)) as y, sin(radians(19.09)) as z,
                2 * sin(10 / (2 * 6371.0088)) as reach) c
        cross join lateral (select e.id, e.starts_at,
            (cube(array[cos(radians(e.latitude)) * cos(radians(e.longitude)),
                cos(radians(e.latitude)) * sin(radians(e.longitude)), sin(radians(e.latitude))])
              <-> cube(array[c.x, c.y, c.z])) as chord
            from event e
            where e.status = 'published' and e.visibility = 'public' and e.ends_at > now()
              and e.latitude is not null and e.longitude is not null
              and cube(array[cos(radians(e.latitude)) * cos(radians(e.longitude)),
                    cos(radians(e.latitude)) * sin(radians(e.longitude)), sin(radians(e.latitude))])
                  <@ cube(array[c.x - c.reach, c.y - c.reach, c.z - c.reach], array[c.x + c.reach, c.y + c.reach, c.z + c.reach])
            order by chord fetch first 21 rows with ties) p
        where p.chord <= c.reach) d
    order by d.chord, d.id limit 21) d
join event e on e.id = d.id order by d.chord, d.id;

\echo '== near a point, 10 km, by start (two of the cell ranges; each range an index-only scan of ix_event_listed_near_covering)'
explain (analyze, costs off, timing off, summary off)
select * from (values ((bench_geocell(18.52, 73.85) >> 10) << 10, ((bench_geocell(18.52, 73.85) >> 10) + 1) << 10),
                      (((bench_geocell(18.52, 73.85) >> 10) + 1) << 10, ((bench_geocell(18.52, 73.85) >> 10) + 2) << 10))
        r(lo, hi)
    cross join lateral (select e.id, e.starts_at
    from event e
    where e.status = 'published' and e.visibility = 'public' and e.ends_at > now()
      -- Geocell.box(18.52, 73.85, 10): the radius's bounding box, checked in ix_event_listed_near_covering
      and e.latitude between 18.430067 and 18.609933 and e.longitude between 73.755106 and 73.944894
      and e.geocell >= r.lo and e.geocell < r.hi
    offset 0) d
order by d.starts_at, d.id limit 21;

\echo '== one event (EventRepository.find)'
explain (analyze, costs off, timing off, summary off)
select e.id from event e where e.id = 'b0000abc';
