-- Staff search leads by any digits of a number (like '%98765%'): a trigram index serves that without reading
-- the whole table. pg_trgm is a trusted extension (PostgreSQL 13+, Supabase): the database owner may create it.
-- Where it cannot be created, the search still works, by scanning, and this says so in the server's log.
set local statement_timeout = 0;

do $$
begin
    create extension if not exists pg_trgm;
exception when others then
    raise warning 'pg_trgm is not available (%): lead search by digits will scan the table', sqlerrm;
end
$$;

do $$
begin
    if exists (select 1 from pg_extension where extname = 'pg_trgm') then
        execute 'create index if not exists ix_phone_lead_number_trgm on phone_lead using gin (phone_number gin_trgm_ops)';
    end if;
end
$$;
