-- An assignment is one cycle: a course edition, for a unit subtree or one person, over a period
-- ending at the due date. A yearly assignment gets a new row (a new cycle) each year, so every cycle
-- keeps its own completions and certificates.
create table assignment (
    id                bigint generated always as identity primary key,
    edition_id        bigint      not null references course_edition (id),
    unit_id           bigint      references unit (id),
    include_subunits  boolean     not null default true,
    user_id           bigint      references app_user (id),
    period_start      date        not null,
    due_date          date        not null,
    recurrence        text        not null default 'NONE',
    previous_id       bigint      references assignment (id),
    created_by        bigint      references app_user (id),
    created_at        timestamptz not null default now(),
    constraint assignment_one_target check ((unit_id is null) <> (user_id is null)),
    constraint assignment_period_valid check (due_date >= period_start),
    constraint assignment_recurrence_valid check (recurrence in ('NONE', 'YEARLY'))
);
create index assignment_edition_idx on assignment (edition_id);
create index assignment_unit_idx on assignment (unit_id);
create index assignment_user_idx on assignment (user_id);
create index assignment_previous_idx on assignment (previous_id);
create index assignment_created_by_idx on assignment (created_by);

-- One quiz attempt keeps the questions it drew and their option order; answers are saved row by row
-- in attempt_question as they are given.
create table quiz_attempt (
    id              bigint generated always as identity primary key,
    user_id         bigint       not null references app_user (id),
    assignment_id   bigint       not null references assignment (id),
    module_id       bigint       not null references course_module (id),
    attempt_no      int          not null check (attempt_no > 0),
    status          text         not null default 'IN_PROGRESS',
    started_at      timestamptz  not null default now(),
    deadline_at     timestamptz,
    submitted_at    timestamptz,
    question_count  int          not null check (question_count > 0),
    correct_count   int,
    score_percent   numeric(5, 2),
    passed          boolean,
    constraint quiz_attempt_status_valid check (status in ('IN_PROGRESS', 'SUBMITTED')),
    constraint quiz_attempt_scored_when_submitted check (
        (status = 'IN_PROGRESS' and submitted_at is null and score_percent is null and passed is null)
        or (status = 'SUBMITTED' and submitted_at is not null and score_percent is not null
            and passed is not null and correct_count is not null)),
    constraint quiz_attempt_no_uq unique (user_id, assignment_id, module_id, attempt_no)
);
create unique index quiz_attempt_one_open_uq on quiz_attempt (user_id, assignment_id, module_id)
    where status = 'IN_PROGRESS';
create index quiz_attempt_assignment_idx on quiz_attempt (assignment_id);
create index quiz_attempt_module_idx on quiz_attempt (module_id);

create table attempt_question (
    attempt_id           bigint      not null references quiz_attempt (id),
    position             int         not null check (position > 0),
    question_id          bigint      not null references question (id),
    option_order         bigint[]    not null,
    selected_option_ids  bigint[]    not null default '{}',
    answered_at          timestamptz,
    correct              boolean,
    primary key (attempt_id, position),
    constraint attempt_question_once unique (attempt_id, question_id)
);
create index attempt_question_question_idx on attempt_question (question_id);

-- A module is complete when its content was opened and its quiz passed.
create table module_progress (
    user_id            bigint      not null references app_user (id),
    assignment_id      bigint      not null references assignment (id),
    module_id          bigint      not null references course_module (id),
    content_opened_at  timestamptz,
    passed_at          timestamptz,
    best_score         numeric(5, 2),
    primary key (user_id, assignment_id, module_id)
);
create index module_progress_assignment_idx on module_progress (assignment_id);
create index module_progress_module_idx on module_progress (module_id);

-- Completion records are history: they are never updated or deleted.
create table completion_record (
    id              bigint generated always as identity primary key,
    user_id         bigint        not null references app_user (id),
    assignment_id   bigint        not null references assignment (id),
    edition_id      bigint        not null references course_edition (id),
    completed_at    timestamptz   not null default now(),
    average_score   numeric(5, 2) not null,
    constraint completion_record_once unique (user_id, assignment_id)
);
create index completion_record_assignment_idx on completion_record (assignment_id);
create index completion_record_edition_idx on completion_record (edition_id);

create function reject_change() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only: % is not allowed', tg_table_name, tg_op
        using errcode = 'restrict_violation';
end $$;

create trigger completion_record_append_only before update or delete on completion_record
    for each row execute function reject_change();
