-- Who did what, when. Written by the application, never updated or deleted.
create table audit_event (
    id              bigint generated always as identity primary key,
    occurred_at     timestamptz not null default now(),
    actor_id        bigint      references app_user (id),
    actor_username  text,
    action          text        not null check (action ~ '^[A-Z_]{3,64}$'),
    target_type     text,
    target_id       text,
    details         jsonb       not null default '{}'::jsonb,
    remote_address  text
);
create index audit_event_occurred_idx on audit_event (occurred_at desc);
create index audit_event_actor_idx on audit_event (actor_id, occurred_at desc);
create index audit_event_action_idx on audit_event (action, occurred_at desc);

create trigger audit_event_append_only before update or delete on audit_event
    for each row execute function reject_change();
