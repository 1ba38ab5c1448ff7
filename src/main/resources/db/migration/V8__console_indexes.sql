-- The console's lists and dashboard at a million leads: per-day counts and date filters read these ranges.
create index ix_phone_lead_first_requested on phone_lead (first_requested_at);
create index ix_phone_lead_verified_at on phone_lead (verified_at);
create index ix_user_profile_completed on user_profile (completed_at);
