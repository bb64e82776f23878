-- Tamper-evident audit log of every message in and out (dossier systems and operators, both
-- directions). Append-only: each record carries the hash of the one before it (prev_hash) and its own
-- hash (record_hash) over a canonical encoding of its fields, so a later edit or deletion shows.
-- seq is gap-free (taken from message_log_head under its row lock), recorded_at never decreases with it.
create table message_log (
    seq          bigint       not null primary key,
    recorded_at  timestamp with time zone not null,
    direction    varchar(3)   not null,
    party        varchar(100) not null,
    agency_code  varchar(64),
    dossier_code varchar(64),
    waybill      varchar(64),
    body_mode    varchar(16)  not null,
    body         text         not null,
    body_hash    varchar(64)  not null,
    prev_hash    varchar(64)  not null,
    record_hash  varchar(64)  not null
);
create index ix_message_log_recorded_at on message_log (recorded_at);
create index ix_message_log_dossier on message_log (agency_code, dossier_code);
create index ix_message_log_waybill on message_log (waybill);

-- The head of the chain, one row: appending locks it (SELECT ... FOR UPDATE) and moves it on.
-- anchor_seq / anchor_hash: the first retained record and the prev_hash it must carry (seq 1 and the
-- genesis hash until a retention purge deletes the oldest records and moves the anchor forward).
create table message_log_head (
    id               integer      not null primary key,
    last_seq         bigint       not null,
    last_hash        varchar(64)  not null,
    last_recorded_at timestamp with time zone,
    anchor_seq       bigint       not null,
    anchor_hash      varchar(64)  not null,
    purged_before    timestamp with time zone,
    purged_count     bigint       not null
);
insert into message_log_head (id, last_seq, last_hash, last_recorded_at, anchor_seq, anchor_hash, purged_before,
                              purged_count)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000', null, 1,
        '0000000000000000000000000000000000000000000000000000000000000000', null, 0);
