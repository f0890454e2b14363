-- Issue 12: a certificate of a course with a validity makes its holder due again. Shortly before it expires
-- the daily job gives the holder a personal cycle of the course's newest edition, due on the last valid day;
-- the certificate it renews is kept, and unique, so a second run (or a second node) adds nothing.
alter table assignment add column renews_certificate_id bigint references certificate (id);
create unique index assignment_renews_certificate_uq on assignment (renews_certificate_id)
    where renews_certificate_id is not null;
create index certificate_expires_idx on certificate (expires_at) where expires_at is not null and revoked_at is null;
