-- One row per user who uploads pictures, locked while an upload checks the quota and inserts: parallel uploads of
-- one user (on one instance or several) are counted one after the other.
create table picture_uploader (
    user_id bigint not null primary key
);
