-- The gateway order and the payment a webhook is about, written when it is received: an order's console page finds
-- its webhooks by an index instead of matching the text of every webhook ever kept. (On PostgreSQL, V32 fills them
-- in for the webhooks kept before.)
alter table payment_webhook add column gateway_order_id varchar(64);
alter table payment_webhook add column payment_id varchar(64);

create index ix_payment_webhook_order on payment_webhook (gateway_order_id);
create index ix_payment_webhook_payment on payment_webhook (payment_id);
