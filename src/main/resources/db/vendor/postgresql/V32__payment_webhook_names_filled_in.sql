-- The names V31 added, for the webhooks kept before it, read from their kept payload as the gateway adapter reads a
-- new one (RazorpayWebhookFields): the payment's order or the order itself or a transfer from an order; the payment,
-- or the payment a refund or a dispute is about, or a transfer from a payment.
set local statement_timeout = 0;

update payment_webhook w set
    gateway_order_id = coalesce(
        nullif(p #>> '{payload,payment,entity,order_id}', ''),
        nullif(p #>> '{payload,order,entity,id}', ''),
        case when p #>> '{payload,transfer,entity,source}' like 'order\_%' then p #>> '{payload,transfer,entity,source}' end),
    payment_id = coalesce(
        nullif(p #>> '{payload,payment,entity,id}', ''),
        nullif(p #>> '{payload,refund,entity,payment_id}', ''),
        nullif(p #>> '{payload,dispute,entity,payment_id}', ''),
        case when p #>> '{payload,transfer,entity,source}' not like 'order\_%'
            then nullif(p #>> '{payload,transfer,entity,source}', '') end)
from (select event_id, payload::jsonb as p from payment_webhook) kept
where kept.event_id = w.event_id and w.gateway_order_id is null and w.payment_id is null;
