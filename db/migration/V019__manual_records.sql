-- Issue 11, manual records: in-person sessions with their attendance, exemptions, and the withdrawal of
-- either by an admin. A completion now has a kind: ONLINE (every module passed here), IN_PERSON (a module
-- passed by attending a session) or EXEMPT (closed by an exemption, no score). Completion records stay
-- history: the only change allowed is to mark one withdrawn, once; the person may then complete again.

-- Files kept as evidence (a signed attendance sheet, an approval letter). Checked by content on upload.
create table record_evidence (
    id           bigint generated always as identity primary key,
    file_name    text        not null constraint record_evidence_name_length check (length(file_name) between 1 and 255),
    content_type text        not null,
    content      bytea       not null,
    uploaded_by  bigint      not null references app_user (id),
    uploaded_at  timestamptz not null default now()
);
create index record_evidence_uploaded_by_idx on record_evidence (uploaded_by);

create table training_session (
    id          bigint generated always as identity primary key,
    edition_id  bigint      not null references course_edition (id),
    unit_id     bigint      not null references unit (id),
    title       text        not null constraint training_session_title_length check (length(title) between 1 and 300),
    held_on     date        not null,
    place       text        not null constraint training_session_place_length check (length(place) between 1 and 300),
    evidence_id bigint      references record_evidence (id),
    created_by  bigint      not null references app_user (id),
    created_at  timestamptz not null default now()
);
create index training_session_edition_idx on training_session (edition_id);
create index training_session_unit_idx on training_session (unit_id);
create index training_session_evidence_idx on training_session (evidence_id);
create index training_session_created_by_idx on training_session (created_by);

create table training_session_module (
    session_id bigint not null references training_session (id),
    module_id  bigint not null references course_module (id),
    primary key (session_id, module_id)
);
create index training_session_module_module_idx on training_session_module (module_id);

create table attendance (
    id                bigint generated always as identity primary key,
    session_id        bigint      not null references training_session (id),
    user_id           bigint      not null references app_user (id),
    assignment_id     bigint      references assignment (id),
    recorded_by       bigint      not null references app_user (id),
    recorded_at       timestamptz not null default now(),
    withdrawn_at      timestamptz,
    withdrawn_by      bigint      references app_user (id),
    withdrawal_reason text,
    constraint attendance_withdrawal check ((withdrawn_at is null) = (withdrawn_by is null))
);
create unique index attendance_once_uq on attendance (session_id, user_id) where withdrawn_at is null;
create index attendance_user_idx on attendance (user_id);
create index attendance_assignment_idx on attendance (assignment_id);
create index attendance_recorded_by_idx on attendance (recorded_by);
create index attendance_withdrawn_by_idx on attendance (withdrawn_by);

-- A module passed by attending a session (not by a quiz).
alter table module_progress add column attendance_id bigint references attendance (id);
create index module_progress_attendance_idx on module_progress (attendance_id);

create table exemption (
    id                bigint generated always as identity primary key,
    user_id           bigint      not null references app_user (id),
    assignment_id     bigint      not null references assignment (id),
    reason            text        not null constraint exemption_reason_length check (length(reason) between 1 and 1000),
    approved_by       text        not null constraint exemption_approver_length check (length(approved_by) between 1 and 200),
    approved_on       date        not null,
    evidence_id       bigint      references record_evidence (id),
    recorded_by       bigint      not null references app_user (id),
    recorded_at       timestamptz not null default now()
);
create index exemption_user_idx on exemption (user_id);
create index exemption_assignment_idx on exemption (assignment_id);
create index exemption_evidence_idx on exemption (evidence_id);
create index exemption_recorded_by_idx on exemption (recorded_by);

alter table completion_record alter column average_score drop not null;
alter table completion_record add column kind text not null default 'ONLINE'
    constraint completion_record_kind check (kind in ('ONLINE', 'IN_PERSON', 'EXEMPT'));
alter table completion_record add column exemption_id bigint references exemption (id);
alter table completion_record add column withdrawn_at timestamptz;
alter table completion_record add column withdrawn_by bigint references app_user (id);
alter table completion_record add column withdrawal_reason text;
alter table completion_record add constraint completion_record_exemption
    check ((kind = 'EXEMPT') = (exemption_id is not null));
alter table completion_record add constraint completion_record_withdrawal
    check ((withdrawn_at is null) = (withdrawn_by is null));
create index completion_record_exemption_idx on completion_record (exemption_id);
create index completion_record_withdrawn_by_idx on completion_record (withdrawn_by);
alter table completion_record drop constraint completion_record_once;
create unique index completion_record_once on completion_record (user_id, assignment_id) where withdrawn_at is null;

-- Still append-only, except that a record may be marked withdrawn once (nothing else changes).
drop trigger completion_record_append_only on completion_record;
create function completion_record_withdraw_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and old.withdrawn_at is null and new.withdrawn_at is not null
       and (to_jsonb(new) - '{withdrawn_at,withdrawn_by,withdrawal_reason}'::text[])
           = (to_jsonb(old) - '{withdrawn_at,withdrawn_by,withdrawal_reason}'::text[]) then
        return new;
    end if;
    raise exception 'completion_record is append-only: % is not allowed', tg_op using errcode = 'restrict_violation';
end $$;
create trigger completion_record_append_only before update or delete on completion_record
    for each row execute function completion_record_withdraw_only();
