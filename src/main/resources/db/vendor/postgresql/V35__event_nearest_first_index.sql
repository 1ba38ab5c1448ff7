-- Near me, nearest first: each listed event's place as a point of the unit sphere, a cube (the contrib extension
-- cube: trusted since PostgreSQL 13, so the database's owner may create it; Supabase and the managed services have it),
-- in a GiST index. Its distance operator <-> is the straight line between two such points, which grows with the
-- distance along the surface; the index hands over events in that order (a KNN scan), inside the cube around the
-- radius, so a page near a city centre reads about its own 21 events instead of the 700 to 900 within 10 km that the
-- geohash cells (V30) hold, each one's distance computed and the whole lot sorted. Like the other listing indexes it
-- carries what the list asks of each event it passes over (its place, end, start, interests, audience and host), so
-- the walk reads the index alone (an index-only scan: cube's GiST stores the cube itself). EventRepository's
-- POSTGRES_PLACE is this expression, written out the same (an index expression is matched as written). Built-in
-- functions only inside (no function of the extension that reads search_path when it runs, as earthdistance's
-- ll_to_earth does).
set local statement_timeout = 0;

create extension if not exists cube;

create index ix_event_listed_nearest on event using gist (
        cube(array[cos(radians(latitude)) * cos(radians(longitude)),
                   cos(radians(latitude)) * sin(radians(longitude)), sin(radians(latitude))]))
    include (latitude, longitude, ends_at, starts_at, id, interest_ids, audience, host_id)
    where status = 'published' and visibility = 'public' and latitude is not null and longitude is not null;
