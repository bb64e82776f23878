-- Signed webhook calls already accepted, shared by every gateway instance: a call replayed to another
-- instance within the tolerance window is refused as well. Rows older than twice the window are purged.
create table webhook_replay (
    replay_key varchar(100) primary key,
    seen_at    timestamp with time zone not null
);
create index webhook_replay_seen_at on webhook_replay (seen_at);
