-- A certificate prints the organisation, signer and seal as they were when it was issued, not as the
-- template reads today. Seal images are stored once per content (sha256) and shared.
create table certificate_seal (
    sha256  text  primary key check (sha256 ~ '^[0-9a-f]{64}$'),
    image   bytea not null
);

alter table certificate
    add column organisation_name text,
    add column signer_name       text,
    add column signer_title      text,
    add column seal_sha256       text references certificate_seal (sha256);

create index certificate_seal_idx on certificate (seal_sha256);
