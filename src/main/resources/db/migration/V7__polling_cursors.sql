-- Polling channel (docs/polling-channel.md): one row per configured source (a dossier system's list of results
-- ready for postal return). The cursor is the last item taken; it moves in the same transaction as the
-- items' intake, so a restart neither skips nor repeats. next_poll_at is both the schedule and the claim: an
-- instance that claims the row (FOR UPDATE SKIP LOCKED) moves it forward by a lease, so no other instance
-- polls the same source meanwhile.
create table polling_source (
    name             varchar(64)  primary key,
    poll_cursor      varchar(200),
    next_poll_at     timestamp with time zone not null,
    last_poll_at     timestamp with time zone,
    last_success_at  timestamp with time zone,
    last_outcome     varchar(32),
    last_error       varchar(1000),
    items_accepted   bigint       not null default 0,
    items_rejected   bigint       not null default 0,
    pages_taken      bigint       not null default 0
);
