-- Paid events for bench/run.sh: 1,200 of the seeded open events for everyone without a seat limit (so that every
-- request holds seats and makes an order, none is waitlisted) become paid (₹500 a seat) and are handed to the bench
-- sessions' hosts (:phones), round robin, who get an activated payout account, as a host has once the gateway
-- activated their linked account (their earnings are read later). Prints the events' ids to :out.
\set ON_ERROR_STOP on
create temporary table bench_payment_host as
select row_number() over (order by id) - 1 as n, id from app_user where phone_number in (:phones);

create temporary table bench_paid as
select id, row_number() over (order by id) - 1 as n from event where id like 'b%' and admission = 'open'
    and audience = 'everyone' and capacity is null order by id limit 1200;
update event e set price_paise = 50000,
                   host_id = (select h.id from bench_payment_host h
                              where h.n = p.n % (select count(*) from bench_payment_host))
from bench_paid p where e.id = p.id;
insert into payout_account (user_id, gateway, linked_account_id, product_id, status, legal_name, beneficiary_name,
                            business_type, email, phone, pan_sealed, pan_last4, bank_last4, ifsc, street, city, state,
                            postal_code, terms_accepted_at, created_at, updated_at)
select id, 'razorpay', 'acc_bench' || id, 'acc_prd_bench' || id, 'activated', 'Bench Host',
       'Bench Host', 'individual', 'host' || id || '@example.com', '9876543210', '1:sealed', '234K', '9012',
       'HDFC0001234', '1 Bench Road', 'Pune', 'Maharashtra', '411001', now(), now(), now()
from bench_payment_host
on conflict do nothing;
\o :out
select id from bench_paid order by id;
