-- When a staff member's password last changed: console sessions and staff tokens from before it stop working.
alter table staff_user add column credentials_changed_at timestamp(6) with time zone;
