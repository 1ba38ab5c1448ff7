-- The host's work that bench/going-seed.sql laid out, as kind|host phone|event|request or ticket (shuffled).
select * from (
    select 'accept', u.phone_number, r.event_id, r.id
    from event_request r join event e on e.id = r.event_id join app_user u on u.id = e.host_id
    where e.id like 'g0%' and r.status = 'pending'
    union all
    select 'door', u.phone_number, t.event_id, t.id
    from ticket t join event e on e.id = t.event_id join app_user u on u.id = e.host_id
    where e.id like 'g1%' and t.status = 'valid'
    union all
    select 'list', u.phone_number, e.id, ''
    from event e join app_user u on u.id = e.host_id where e.id = 'g2000000'
) work order by random();
