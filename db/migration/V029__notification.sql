-- Issue 15, scheduled notifications. Each assignment says how many days before its due date people are reminded
-- (7 and 1 unless set); a renewal's next cycle keeps its previous cycle's days.
alter table assignment add column reminder_days smallint[] not null default '{7,1}';
alter table assignment add constraint assignment_reminder_days_valid
    check (cardinality(reminder_days) <= 5 and 1 <= all (reminder_days) and 90 >= all (reminder_days));

-- One notice per person and event (a new assignment, N days before its due date, the day it became overdue, a unit
-- head's weekly digest, a certificate issued): the unique key makes a second planning run, a restart or a second
-- node add nothing. The row is the in-app notice (seen_at once the person opened their notices) and the e-mail's
-- outbox: PENDING until sent, retried with back-off (email_next_at), claimed by one node at a time
-- (email_claimed_until, by the run holding email_claim); SENT, FAILED after the last attempt, NO_ADDRESS (the person has no e-mail address) or
-- NO_MAIL (no mail server configured): never sent later.
create table notification (
    id                  bigint generated always as identity primary key,
    user_id             bigint      not null references app_user (id),
    kind                text        not null
        check (kind in ('ASSIGNED', 'DUE_SOON', 'OVERDUE', 'DIGEST', 'CERTIFICATE_ISSUED')),
    event_key           text        not null,
    params              jsonb       not null default '{}',
    created_at          timestamptz not null default now(),
    seen_at             timestamptz,
    email_status        text        not null
        check (email_status in ('PENDING', 'SENT', 'FAILED', 'NO_ADDRESS', 'NO_MAIL')),
    email_to            text,
    email_attempts      integer     not null default 0,
    email_next_at       timestamptz,
    email_claimed_until timestamptz,
    email_claim         uuid,
    email_sent_at       timestamptz,
    email_error         text,
    constraint notification_once unique (user_id, kind, event_key)
);
create index notification_user_idx on notification (user_id, id desc);
create index notification_unseen_idx on notification (user_id) where seen_at is null;
create index notification_outbox_idx on notification (email_next_at, id) where email_status = 'PENDING';
