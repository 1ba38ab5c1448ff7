-- Events (docs/events-design.md). Runs on PostgreSQL and on H2 in PostgreSQL mode. The id is the public one: 8
-- random base62 characters. host_id has no foreign key: an account's deletion cancels its future events and
-- leaves its past ones (and, later, their money records) in place.
create table event (
    id                    varchar(8)    not null primary key,
    host_id               bigint        not null,
    status                varchar(16)   not null,
    title                 varchar(140)  not null,
    description           varchar(5000) not null,
    starts_at             timestamp(6) with time zone not null,
    ends_at               timestamp(6) with time zone not null,
    time_zone             varchar(64)   not null,
    online                boolean       not null,
    venue_name            varchar(140),
    venue_address         varchar(300),
    area                  varchar(100),
    city                  varchar(100),
    city_key              varchar(100),
    country_code          varchar(2),
    latitude              double precision,
    longitude             double precision,
    geocell               bigint,
    join_url              varchar(2048),
    capacity              integer,
    admission             varchar(16)   not null,
    audience              varchar(16)   not null,
    max_seats_per_request integer       not null,
    visibility            varchar(16)   not null,
    price_paise           bigint        not null default 0,
    seats_taken           integer       not null default 0,
    waitlisted            integer       not null default 0,
    pending_requests      integer       not null default 0,
    cancel_reason         varchar(500),
    cancelled_by          varchar(140),
    cancelled_at          timestamp(6) with time zone,
    published_at          timestamp(6) with time zone,
    completed_at          timestamp(6) with time zone,
    created_at            timestamp(6) with time zone not null,
    updated_at            timestamp(6) with time zone not null,
    constraint ck_event_status check (status in ('draft', 'published', 'completed', 'cancelled')),
    constraint ck_event_times check (ends_at > starts_at),
    constraint ck_event_capacity check (capacity is null or capacity between 1 and 10000),
    constraint ck_event_seats check (seats_taken >= 0 and (capacity is null or seats_taken <= capacity)),
    constraint ck_event_counts check (waitlisted >= 0 and pending_requests >= 0),
    constraint ck_event_admission check (admission in ('approval', 'open')),
    constraint ck_event_audience check (audience in ('everyone', 'women', 'men')),
    constraint ck_event_seats_per_request check (max_seats_per_request between 1 and 10),
    constraint ck_event_visibility check (visibility in ('public', 'unlisted', 'private')),
    constraint ck_event_price check (price_paise = 0 or price_paise between 100 and 10000000),
    constraint ck_event_venue check (online or city is not null),
    constraint ck_event_cancelled check (status <> 'cancelled' or cancel_reason is not null)
);

-- An event's interests (1-3), walked from the interest for "any of these interests".
create table event_tag (
    event_id    varchar(8) not null,
    interest_id bigint     not null,
    constraint pk_event_tag primary key (event_id, interest_id),
    constraint fk_event_tag_event foreign key (event_id) references event (id) on delete cascade,
    constraint fk_event_tag_interest foreign key (interest_id) references event_interest (id)
);

create index ix_event_tag_interest on event_tag (interest_id, event_id);

-- Up to 3 cover pictures, in order; a picture an event uses is kept by the pictures' clean-up.
create table event_cover (
    event_id varchar(8)    not null,
    position integer       not null,
    url      varchar(2048) not null,
    -- the URL's last segment, the picture's key: what the clean-up asks about
    picture_name varchar(100) not null,
    constraint pk_event_cover primary key (event_id, position),
    constraint fk_event_cover_event foreign key (event_id) references event (id) on delete cascade
);

create index ix_event_cover_picture on event_cover (picture_name);
create index ix_event_host on event (host_id, starts_at);
-- the completion job: published events whose end has passed
create index ix_event_status_end on event (status, ends_at);
