-- Leads per finished day in a time zone, counted once from phone_lead and kept: a day that is over (with a day's
-- margin for clocks) never changes, so the dashboard reads these rows instead of counting a month of leads.
create table lead_day_count (
    metric     varchar(20) not null,
    time_zone  varchar(40) not null,
    count_date date        not null,
    leads      bigint      not null,
    constraint pk_lead_day_count primary key (metric, time_zone, count_date)
);
