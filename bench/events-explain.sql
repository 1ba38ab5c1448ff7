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

\echo '== near a point, 10 km (two of the cell ranges; order distance; each range an index-only scan)'
explain (analyze, costs off, timing off, summary off)
select * from (values ((bench_geocell(18.52, 73.85) >> 10) << 10, ((bench_geocell(18.52, 73.85) >> 10) + 1) << 10),
                      (((bench_geocell(18.52, 73.85) >> 10) + 1) << 10, ((bench_geocell(18.52, 73.85) >> 10) + 2) << 10))
        r(lo, hi)
    cross join lateral (select e.id, e.starts_at,
        (cast(12742.0176 as double precision) * asin(sqrt(power(sin(radians(e.latitude - 18.52) / 2), 2)
          + cos(radians(18.52)) * cos(radians(e.latitude)) * power(sin(radians(e.longitude - 73.85) / 2), 2))))
          as distance_km
    from event e
    where e.status = 'published' and e.visibility = 'public' and e.ends_at > now()
      -- Geocell.box(18.52, 73.85, 10): the radius's bounding box, checked in ix_event_listed_near_covering
      and e.latitude between 18.430067 and 18.609933 and e.longitude between 73.755106 and 73.944894
      and e.geocell >= r.lo and e.geocell < r.hi
    offset 0) d
where d.distance_km <= 10
order by d.distance_km, d.id limit 21;

\echo '== one event (EventRepository.find)'
explain (analyze, costs off, timing off, summary off)
select e.id from event e where e.id = 'b0000abc';
