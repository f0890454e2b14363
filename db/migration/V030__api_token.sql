-- Issue 15, the REST API for HR systems. A token is made by an administrator, shown once, and kept only as its
-- SHA-256 (a 240-bit random secret needs no slow hash); its first characters are kept to tell tokens apart.
create table api_token (
    id            bigint generated always as identity primary key,
    name          text        not null check (length(trim(name)) between 1 and 100),
    token_hash    text        not null unique,
    prefix        text        not null,
    scopes        text[]      not null check (cardinality(scopes) >= 1),
    created_by    bigint      references app_user (id),
    created_at    timestamptz not null default now(),
    expires_at    timestamptz not null,
    revoked_at    timestamptz,
    revoked_by    bigint      references app_user (id),
    last_used_at  timestamptz
);
create index api_token_created_by_idx on api_token (created_by);
create index api_token_revoked_by_idx on api_token (revoked_by);
