-- Certificate settings: a single row that admins edit.
create table certificate_template (
    id                 int         primary key default 1 check (id = 1),
    organisation_name  text        not null,
    signer_name        text        not null,
    signer_title       text        not null,
    serial_prefix      text        not null check (serial_prefix ~ '^[A-Z0-9]{2,16}$'),
    seal_image         bytea,
    updated_at         timestamptz not null default now()
);

-- Serials are sequential per prefix and year: the counter row is locked while a serial is taken.
create table certificate_serial (
    prefix      text   not null,
    year        int    not null check (year between 2000 and 9999),
    last_value  bigint not null default 0 check (last_value >= 0),
    primary key (prefix, year)
);

-- Issued certificates keep a snapshot of what they certify. Only the revocation columns may change,
-- once; a correction is a revocation followed by a new certificate.
create table certificate (
    id                 bigint generated always as identity primary key,
    completion_id      bigint      not null references completion_record (id),
    user_id            bigint      not null references app_user (id),
    serial             text        not null,
    verification_code  text        not null,
    holder_name        text        not null,
    unit_name          text        not null,
    course_title       text        not null,
    edition_no         int         not null,
    completed_on       date        not null,
    issued_at          timestamptz not null default now(),
    expires_at         timestamptz,
    revoked_at         timestamptz,
    revoked_by         bigint      references app_user (id),
    revoke_reason      text,
    constraint certificate_serial_uq unique (serial),
    constraint certificate_code_uq unique (verification_code),
    -- 128 random bits or more, base64url without padding: at least 22 characters
    constraint certificate_code_format check (verification_code ~ '^[A-Za-z0-9_-]{22,64}$'),
    constraint certificate_revocation_complete check (
        (revoked_at is null and revoke_reason is null and revoked_by is null)
        or (revoked_at is not null and length(btrim(revoke_reason)) > 0))
);
create unique index certificate_one_valid_per_completion_uq on certificate (completion_id)
    where revoked_at is null;
create index certificate_user_idx on certificate (user_id);
create index certificate_revoked_by_idx on certificate (revoked_by);

create function certificate_only_revoke() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception 'certificate is append-only: DELETE is not allowed' using errcode = 'restrict_violation';
    end if;
    if old.revoked_at is not null
        or (to_jsonb(new) - array ['revoked_at', 'revoked_by', 'revoke_reason'])
           <> (to_jsonb(old) - array ['revoked_at', 'revoked_by', 'revoke_reason']) then
        raise exception 'certificate % can only be revoked, once', old.id using errcode = 'restrict_violation';
    end if;
    return new;
end $$;

create trigger certificate_only_revoke before update or delete on certificate
    for each row execute function certificate_only_revoke();
