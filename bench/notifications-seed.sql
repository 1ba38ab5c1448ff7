-- Inboxes for bench/run.sh's notification paths: 300 items for each of the going part's hosts (:phones, bench
-- sessions' users), the newest 20 unread, as a person has after some months of use.
insert into notification (id, user_id, kind, category, urgent, title, body, deep_link, event_id, dedupe_key,
                          created_at, read_at)
select 'bn' || lpad(u.id::text, 7, '0') || lpad(n::text, 3, '0'),
       u.id,
       'request_received', 'requests', false,
       'New request for Bench event ' || n,
       'Someone asked to join (1 seat(s)). Accept or decline in the app.',
       'loopin://events/b0000001', 'b0000001',
       'bench:' || u.id || ':' || n,
       now() - (n || ' minutes')::interval,
       case when n > 20 then now() - (n || ' minutes')::interval end
from app_user u
cross join generate_series(1, 300) as n
where u.phone_number in (:phones)
on conflict do nothing;
analyze notification;
