-- A course is published as numbered editions. Learners only ever see a published edition, whose
-- modules, sections, questions and settings no longer change; the next edition starts as a draft copy.
create table course (
    id          bigint generated always as identity primary key,
    code        text        not null,
    title       text        not null,
    created_at  timestamptz not null default now(),
    constraint course_code_uq unique (code),
    constraint course_title_not_blank check (length(btrim(title)) > 0)
);

create table course_edition (
    id            bigint generated always as identity primary key,
    course_id     bigint      not null references course (id),
    edition_no    int,
    status        text        not null default 'DRAFT',
    title         text        not null,
    description   text        not null default '',
    published_at  timestamptz,
    created_at    timestamptz not null default now(),
    constraint course_edition_status_valid check (status in ('DRAFT', 'PUBLISHED', 'RETIRED')),
    constraint course_edition_published_numbered check (
        (status = 'DRAFT' and edition_no is null and published_at is null)
        or (status <> 'DRAFT' and edition_no > 0 and published_at is not null)),
    constraint course_edition_no_uq unique (course_id, edition_no)
);
create index course_edition_course_idx on course_edition (course_id);
create unique index course_edition_one_draft_uq on course_edition (course_id) where status = 'DRAFT';

create table course_module (
    id          bigint generated always as identity primary key,
    edition_id  bigint not null references course_edition (id),
    position    int    not null check (position > 0),
    title       text   not null check (length(btrim(title)) > 0),
    summary     text   not null default '',
    constraint course_module_position_uq unique (edition_id, position) deferrable initially deferred
);

create table module_section (
    id             bigint generated always as identity primary key,
    module_id      bigint not null references course_module (id),
    position       int    not null check (position > 0),
    title          text   not null check (length(btrim(title)) > 0),
    body_markdown  text   not null default '',
    constraint module_section_position_uq unique (module_id, position) deferrable initially deferred
);

-- Files are kept in PostgreSQL so that any app instance can serve them.
create table attachment (
    id            bigint generated always as identity primary key,
    module_id     bigint      not null references course_module (id),
    file_name     text        not null check (length(btrim(file_name)) > 0),
    content_type  text        not null,
    size_bytes    bigint      not null check (size_bytes >= 0),
    sha256        text        not null check (sha256 ~ '^[0-9a-f]{64}$'),
    content       bytea       not null,
    created_at    timestamptz not null default now(),
    created_by    bigint      references app_user (id),
    constraint attachment_size_matches check (octet_length(content) = size_bytes)
);
-- Uncompressed out-of-line storage lets PostgreSQL read byte ranges (video seeking) without
-- decompressing the whole file.
alter table attachment alter column content set storage external;
create index attachment_module_idx on attachment (module_id);
create index attachment_created_by_idx on attachment (created_by);

create table quiz_settings (
    module_id              bigint  primary key references course_module (id),
    questions_per_attempt  int     not null default 5 check (questions_per_attempt > 0),
    shuffle_questions      boolean not null default true,
    shuffle_options        boolean not null default true,
    pass_mark_percent      int     not null default 80 check (pass_mark_percent between 0 and 100),
    max_attempts           int     check (max_attempts is null or max_attempts > 0),
    time_limit_seconds     int     check (time_limit_seconds is null or time_limit_seconds > 0),
    review_policy          text    not null default 'AFTER_PASS',
    constraint quiz_settings_review_policy_valid check (
        review_policy in ('NONE', 'SCORE_ONLY', 'AFTER_PASS', 'FULL'))
);

create table question (
    id           bigint generated always as identity primary key,
    module_id    bigint  not null references course_module (id),
    position     int     not null check (position > 0),
    kind         text    not null,
    text         text    not null check (length(btrim(text)) > 0),
    explanation  text    not null default '',
    active       boolean not null default true,
    constraint question_kind_valid check (kind in ('SINGLE', 'MULTIPLE', 'TRUE_FALSE'))
);
create index question_module_idx on question (module_id);

create table question_option (
    id           bigint generated always as identity primary key,
    question_id  bigint  not null references question (id),
    position     int     not null check (position > 0),
    text         text    not null check (length(btrim(text)) > 0),
    correct      boolean not null default false,
    constraint question_option_position_uq unique (question_id, position) deferrable initially deferred
);
