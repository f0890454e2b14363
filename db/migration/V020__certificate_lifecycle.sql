-- Issue 12, certificates: a course may number its certificates with its own serial prefix (default: the
-- global one) and give them a validity in months; a re-issued certificate names the one it replaces (the
-- old one is revoked first, so at most one valid certificate per completion still holds).
alter table course add column serial_prefix text
    constraint course_serial_prefix_format check (serial_prefix is null or serial_prefix ~ '^[A-Z0-9]{2,16}$');
alter table course add column validity_months int
    constraint course_validity_months check (validity_months is null or validity_months between 1 and 240);
alter table certificate add column replaces bigint references certificate (id);
create unique index certificate_replaces_uq on certificate (replaces) where replaces is not null;
