-- What became of the last SMS sent to a lead, as the provider reports it (Twilio status callbacks).
alter table phone_lead add column last_message_id varchar(64);
alter table phone_lead add column delivery_status varchar(20);
alter table phone_lead add column delivery_error varchar(20);
alter table phone_lead add column delivery_updated_at timestamp(6) with time zone;

create index ix_phone_lead_last_message on phone_lead (last_message_id);
