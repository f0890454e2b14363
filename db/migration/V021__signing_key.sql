-- Issue 12, PAdES signatures: the organisation's signing key as installed by an admin. The PKCS#12 file is
-- kept as uploaded (its private key is encrypted under its password); the password is kept encrypted with
-- AES-GCM under a secret from the environment (APP_SIGNING_SECRET), never in the database in clear. One key is
-- active; earlier ones stay for the record. A key from a keystore file named in the environment needs no row.
create table signing_key (
    id           bigint generated always as identity primary key,
    pkcs12       bytea       not null,
    password_enc bytea       not null,
    subject      text        not null,
    not_after    timestamptz not null,
    demo         boolean     not null default false,
    active       boolean     not null default true,
    installed_by bigint      references app_user (id),
    installed_at timestamptz not null default now()
);
create unique index signing_key_one_active_uq on signing_key (active) where active;
create index signing_key_installed_by_idx on signing_key (installed_by);
