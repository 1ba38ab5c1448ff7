-- Asking to join an event, and the tickets of those accepted (docs/events-design.md, "Going"). Runs on
-- PostgreSQL and on H2 in PostgreSQL mode.
--
-- One live request per person and event, on both databases without partial indexes: live_key holds
-- event_id:user_id while the request is pending, awaiting payment, accepted or waitlisted, and null once it is
-- cancelled, expired, declined or removed; a unique constraint allows many nulls.
create table event_request (
    id                varchar(12)  not null primary key,
    event_id          varchar(8)   not null,
    user_id           bigint       not null,
    status            varchar(20)  not null,
    seats             integer      not null,
    message           varchar(300),
    waitlist_position bigint,
    live_key          varchar(40),
    hold_expires_at   timestamp(6) with time zone,
    decided_at        timestamp(6) with time zone,
    created_at        timestamp(6) with time zone not null,
    updated_at        timestamp(6) with time zone not null,
    constraint fk_event_request_event foreign key (event_id) references event (id) on delete cascade,
    constraint uk_event_request_live unique (live_key),
    constraint ck_event_request_status check (status in
        ('pending', 'awaiting_payment', 'accepted', 'declined', 'waitlisted', 'cancelled', 'expired', 'removed')),
    constraint ck_event_request_seats check (seats between 1 and 10),
    constraint ck_event_request_live check ((live_key is null) = (status in ('declined', 'cancelled', 'expired', 'removed')))
);

create index ix_event_request_event on event_request (event_id, status, created_at, id);
create index ix_event_request_waitlist on event_request (event_id, waitlist_position);
create index ix_event_request_user on event_request (user_id, created_at);

-- positions on an event's waitlist are drawn from this counter, so they never repeat
alter table event add column waitlist_next bigint not null default 0;

-- A ticket per accepted request. Its code (the QR code) is the ticket id signed under a key of TICKET_KEYS; the
-- version of that key is kept to tell which key signed it.
create table ticket (
    id            varchar(12)  not null primary key,
    event_id      varchar(8)   not null,
    request_id    varchar(12)  not null,
    user_id       bigint       not null,
    seats         integer      not null,
    status        varchar(16)  not null,
    checked_in_at timestamp(6) with time zone,
    created_at    timestamp(6) with time zone not null,
    updated_at    timestamp(6) with time zone not null,
    constraint fk_ticket_event foreign key (event_id) references event (id) on delete cascade,
    constraint fk_ticket_request foreign key (request_id) references event_request (id) on delete cascade,
    constraint uk_ticket_request unique (request_id),
    constraint ck_ticket_status check (status in ('valid', 'checked_in', 'cancelled'))
);

create index ix_ticket_event on ticket (event_id, status);
create index ix_ticket_user on ticket (user_id, created_at);
