-- Wrong second-factor codes are counted apart from wrong passwords: a right password resets only its own count,
-- so it can no longer wipe the evidence of someone guessing codes.
alter table staff_user add column second_factor_failures integer not null default 0;
