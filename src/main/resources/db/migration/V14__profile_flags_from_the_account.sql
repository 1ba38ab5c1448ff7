-- A profile's "verified" and "active" were set once and never written again: every account's number is verified
-- (an account is created by a verified code), and whether it is active is the account's is_active.
alter table user_profile drop column is_verified;
alter table user_profile drop column is_active;
