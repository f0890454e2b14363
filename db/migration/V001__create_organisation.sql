-- Units form a tree. "path" is a materialised path of ids ('/1/4/9/') kept by triggers, so that a
-- subtree is one index range scan: path LIKE '/1/4/%'.
create table unit (
    id          bigint generated always as identity primary key,
    parent_id   bigint references unit (id),
    code        text        not null,
    name        text        not null,
    path        text        not null default '',
    depth       int         not null default 0,
    active      boolean     not null default true,
    created_at  timestamptz not null default now(),
    constraint unit_code_uq unique (code),
    constraint unit_name_not_blank check (length(btrim(name)) > 0),
    constraint unit_code_format check (code ~ '^[A-Za-z0-9._-]{1,40}$'),
    constraint unit_not_own_parent check (parent_id is null or parent_id <> id)
);
create index unit_parent_idx on unit (parent_id);
create index unit_path_idx on unit (path text_pattern_ops);

create function unit_set_path() returns trigger language plpgsql as $$
declare
    parent_path text;
begin
    if new.parent_id is null then
        new.path := '/' || new.id || '/';
        new.depth := 0;
    else
        select path into parent_path from unit where id = new.parent_id;
        if parent_path is null then
            raise exception 'parent unit % does not exist', new.parent_id;
        end if;
        if parent_path like '%/' || new.id || '/%' then
            raise exception 'unit % cannot move under its own descendant %', new.id, new.parent_id
                using errcode = 'check_violation';
        end if;
        new.path := parent_path || new.id || '/';
        new.depth := length(new.path) - length(replace(new.path, '/', '')) - 2;
    end if;
    return new;
end $$;

create trigger unit_set_path_ins before insert on unit
    for each row execute function unit_set_path();
create trigger unit_set_path_upd before update of parent_id on unit
    for each row when (old.parent_id is distinct from new.parent_id) execute function unit_set_path();

-- A moved unit carries its whole subtree along.
create function unit_move_descendants() returns trigger language plpgsql as $$
begin
    update unit
       set path = new.path || substr(path, length(old.path) + 1),
           depth = depth + (new.depth - old.depth)
     where path like old.path || '%' and id <> new.id;
    return null;
end $$;

create trigger unit_move_descendants after update of parent_id on unit
    for each row when (old.path is distinct from new.path) execute function unit_move_descendants();

-- People and their accounts. Roles: EMPLOYEE, UNIT_HEAD (sees the subtree of their own unit), ADMIN.
create table app_user (
    id                   bigint generated always as identity primary key,
    username             text        not null,
    full_name            text        not null,
    employee_code        text,
    email                text,
    unit_id              bigint      not null references unit (id),
    roles                text[]      not null default '{EMPLOYEE}',
    password_hash        text        not null,
    enabled              boolean     not null default true,
    must_change_password boolean     not null default false,
    -- lower-case, accent-free copy of name, username and employee code for search; written by the app
    search_text          text        not null default '',
    created_at           timestamptz not null default now(),
    updated_at           timestamptz not null default now(),
    constraint app_user_username_format check (username ~ '^[a-z0-9._-]{3,64}$'),
    constraint app_user_full_name_not_blank check (length(btrim(full_name)) > 0),
    constraint app_user_roles_valid check (
        cardinality(roles) > 0 and roles <@ array ['EMPLOYEE', 'UNIT_HEAD', 'ADMIN']::text[]),
    constraint app_user_email_format check (email is null or email ~ '^[^@\s]+@[^@\s]+$')
);
create unique index app_user_username_uq on app_user (username);
create unique index app_user_employee_code_uq on app_user (employee_code) where employee_code is not null;
create index app_user_unit_idx on app_user (unit_id);

-- Failed sign-ins and the resulting lock (locked_until) are kept per user name, whether or not the
-- account exists, so the lockout message cannot be used to find out which user names are real.
-- Unlocking an account is deleting its row.
create table login_throttle (
    username        text        primary key,
    failed_count    int         not null default 0 check (failed_count >= 0),
    last_failure_at timestamptz not null default now(),
    locked_until    timestamptz
);
