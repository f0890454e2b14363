-- "Remind overdue": who was reminded about which cycle, by whom and when; the in-app notice is shown
-- until the person has seen it. At most one reminder per person and cycle within 24 hours (enforced by
-- ReminderService under an advisory lock).
create table reminder (
    id             bigint generated always as identity primary key,
    user_id        bigint      not null references app_user (id),
    assignment_id  bigint      not null references assignment (id),
    sent_by        bigint      references app_user (id),
    sent_at        timestamptz not null default now(),
    email_sent     boolean     not null default false,
    seen_at        timestamptz
);
create index reminder_user_idx on reminder (user_id, assignment_id, sent_at desc);
create index reminder_assignment_idx on reminder (assignment_id);
create index reminder_sent_by_idx on reminder (sent_by);
create index reminder_unseen_idx on reminder (user_id) where seen_at is null;
