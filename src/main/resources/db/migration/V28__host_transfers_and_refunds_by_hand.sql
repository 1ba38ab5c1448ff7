-- The host's share as the gateway moved it (Route): the transfer made from a paid order, as the gateway's webhooks
-- report it (transfer.processed, transfer.failed). A failed transfer leaves the share with the platform until staff
-- act: the ledger says so with a transfer_failed row, and a transfer that goes through later puts the share back.
alter table payment_order add column transfer_id varchar(40);
alter table payment_order add column transfer_status varchar(16);
alter table payment_order add column transfer_error varchar(200);
alter table payment_order add column transfer_updated_at timestamp(6) with time zone;
alter table payment_order add constraint ck_payment_order_transfer check (transfer_status in ('processed', 'failed'));

alter table ledger_entry drop constraint ck_ledger_entry_kind;
alter table ledger_entry add constraint ck_ledger_entry_kind check (kind in
    ('payment', 'fee', 'fee_gst', 'host_share', 'refund', 'reversal', 'refund_failed', 'transfer_failed'));

-- a transfer names the payment it was made from
create index ix_payment_order_payment on payment_order (payment_id);

-- A payment is refunded once per policy reason, and once per staff refund form (its key): staff may refund a payment
-- more than once by hand, and a form sent twice refunds once.
alter table payment_refund add column once_key varchar(64);
update payment_refund set once_key = reason;
alter table payment_refund alter column once_key set not null;
alter table payment_refund drop constraint uk_payment_refund_reason;
alter table payment_refund add constraint uk_payment_refund_once unique (payment_id, once_key);
