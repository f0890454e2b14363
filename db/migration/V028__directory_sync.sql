-- Issue 15, directory sync. A person the directory no longer lists is disabled after a grace period, never
-- deleted: when they were first found missing, and whether the sync disabled them (so that it enables them
-- again when they come back, and never touches an account an administrator disabled).
alter table app_user add column directory_missing_since timestamptz;
alter table app_user add column directory_disabled boolean not null default false;

-- Each run of the sync, by the nightly job or an administrator: what it found and did, or why it refused.
create table directory_sync_run (
    id          bigint generated always as identity primary key,
    started_at  timestamptz not null,
    finished_at timestamptz not null default now(),
    trigger     text        not null check (trigger in ('NIGHTLY', 'ADMIN')),
    actor       text,
    outcome     text        not null check (outcome in ('APPLIED', 'REFUSED', 'FAILED')),
    counts      jsonb       not null default '{}',
    message     text
);
create index directory_sync_run_started_idx on directory_sync_run (started_at desc);
