-- Pictures uploaded by the app. The bytes are in the picture storage (files under the data folder, or S3); a row
-- no profile refers to is deleted, with its files, after PICTURE_ORPHAN_HOURS. user_id has no foreign key: the
-- rows of a deleted account stay until their files are gone.
create table picture (
    picture_key   varchar(64) not null primary key,
    thumbnail_key varchar(64) not null,
    user_id       bigint,
    content_type  varchar(32) not null,
    width         integer     not null,
    height        integer     not null,
    size_bytes    integer     not null,
    created_at    timestamp(6) with time zone not null
);

create index ix_picture_user on picture (user_id);
create index ix_picture_created on picture (created_at);
