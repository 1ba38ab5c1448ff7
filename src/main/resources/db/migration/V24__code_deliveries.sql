-- Every message that carried a code, and what its provider reported of it (docs/phone-authentication.md,
-- "Delivery you can see"). Owned by the sms module. Runs on PostgreSQL and on H2 in PostgreSQL mode.
--
-- id is the unguessable delivery_id the code request answers with. While a WhatsApp code waits for its delivery
-- report (channel auto), fallback_at says when the SMS goes instead and sealed_code keeps the code encrypted
-- (AES-GCM) for it; both are cleared once delivered, once sent by SMS, or once the code is dead. Rows older than
-- SMS_DELIVERY_RETENTION_DAYS are deleted, and a number's rows go with its account.
create table code_delivery (
    id           varchar(32)  not null primary key,
    phone_number varchar(20)  not null,
    kind         varchar(16)  not null,
    language     varchar(2)   not null,
    app_hash     varchar(16),
    channel      varchar(10)  not null,
    provider     varchar(20)  not null,
    message_id   varchar(64),
    status       varchar(12)  not null,
    reason       varchar(40),
    created_at   timestamp(6) with time zone not null,
    updated_at   timestamp(6) with time zone not null,
    fallback_at  timestamp(6) with time zone,
    sealed_code  varchar(120),
    fallback_id  varchar(32)
);

create index ix_code_delivery_message on code_delivery (message_id);
create index ix_code_delivery_phone on code_delivery (phone_number, created_at);
create index ix_code_delivery_fallback on code_delivery (fallback_at);
create index ix_code_delivery_created on code_delivery (created_at);
