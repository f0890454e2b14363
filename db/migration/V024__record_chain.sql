-- Issue 12, records nobody can silently change. Completion records, certificates and audit events (and the
-- two changes they allow: a completion withdrawn, a certificate revoked) are linked into one hash chain:
--   link n = sha256(link n-1 || utf8(kind || ':' || row id || ':') || sha256(canonical content of the row))
-- starting from 32 zero bytes. The canonical content is the row as jsonb without its null values (so a
-- nullable column added later leaves old rows' hashes unchanged; a column added to one of these tables must
-- be nullable or be left out below), timestamps in UTC. The link is added when the transaction commits (a
-- deferred constraint trigger), so writers queue for the chain's lock only during their commit, not for the
-- whole transaction. The functions run as the owner: the application's role can read the chain but not
-- write it, and cannot alter these tables' triggers (afterMigrate.sql).

create table record_chain (
    seq       bigint primary key,
    kind      text   not null,
    row_id    bigint not null,
    row_hash  bytea  not null,
    hash      bytea  not null,
    linked_at timestamptz not null default now(),
    constraint record_chain_kind check (kind in ('completion_record', 'completion_record.withdrawal',
                                                  'certificate', 'certificate.revocation', 'audit_event'))
);
create unique index record_chain_row_uq on record_chain (kind, row_id);
create trigger record_chain_append_only before update or delete on record_chain
    for each row execute function reject_change();

-- A row as jsonb without its null-valued columns (nested values are kept as they are).
create function record_top_level(row_json jsonb) returns jsonb
    language sql immutable
    set search_path = public, pg_temp
as $$
    select coalesce(pg_catalog.jsonb_object_agg(e.key, e.value), '{}'::jsonb)
      from pg_catalog.jsonb_each(row_json) e
     where pg_catalog.jsonb_typeof(e.value) <> 'null'
$$;

-- The canonical content of one row (or of its withdrawal / revocation), hashed; null if there is no such row.
-- Nulls are dropped at the top level only (a null inside audit_event.details is content like any other).
-- Every function here resolves names in public then pg_temp (never a session's temporary table first) and
-- casts its literals, so that no object the application's role could create is picked up instead.
create function record_content_hash(p_kind text, p_id bigint) returns bytea
    language sql stable
    set search_path = public, pg_temp
    set timezone to 'UTC' set bytea_output to 'hex' set extra_float_digits to 1
as $$
    select pg_catalog.sha256(pg_catalog.convert_to(c::text, 'UTF8'::name)) from (
        select case p_kind
            when 'completion_record' then (
                select record_top_level(to_jsonb(r) - 'withdrawn_at' - 'withdrawn_by' - 'withdrawal_reason')
                  from completion_record r where r.id = p_id)
            when 'completion_record.withdrawal' then (
                select record_top_level(jsonb_build_object('withdrawn_at', r.withdrawn_at, 'withdrawn_by',
                                         r.withdrawn_by, 'withdrawal_reason', r.withdrawal_reason))
                  from completion_record r where r.id = p_id and r.withdrawn_at is not null)
            when 'certificate' then (
                select record_top_level(to_jsonb(c) - 'revoked_at' - 'revoked_by' - 'revoke_reason')
                  from certificate c where c.id = p_id)
            when 'certificate.revocation' then (
                select record_top_level(jsonb_build_object('revoked_at', c.revoked_at, 'revoked_by', c.revoked_by,
                                         'revoke_reason', c.revoke_reason))
                  from certificate c where c.id = p_id and c.revoked_at is not null)
            when 'audit_event' then (
                select record_top_level(to_jsonb(a)) from audit_event a where a.id = p_id)
        end as c
    ) x
$$;

-- Appends one link. The advisory lock is taken at commit (deferred triggers) and held to its end, so links
-- follow commit order and the last committed link is the one read here (read committed: a fresh snapshot
-- per statement).
create function record_chain_add(p_kind text, p_id bigint) returns void
    language plpgsql security definer set search_path = public, pg_temp
as $$
declare
    content bytea := public.record_content_hash(p_kind, p_id);
    last_seq bigint;
    last_hash bytea;
begin
    perform pg_catalog.pg_advisory_xact_lock(pg_catalog.hashtextextended('record-chain'::text, 0));
    select seq, hash into last_seq, last_hash from public.record_chain order by seq desc limit 1;
    insert into public.record_chain (seq, kind, row_id, row_hash, hash)
    values (coalesce(last_seq, 0) + 1, p_kind, p_id, content,
            pg_catalog.sha256(coalesce(last_hash, pg_catalog.decode(pg_catalog.repeat('00'::text, 32), 'hex'::text))
                   || pg_catalog.convert_to(p_kind || ':' || p_id::text || ':', 'UTF8'::name) || content));
end $$;

create function record_chain_link() returns trigger
    language plpgsql security definer set search_path = public, pg_temp
as $$
begin
    perform public.record_chain_add(tg_argv[0], new.id);
    return null;
end $$;

-- What is already there joins the chain in the order it happened (computed here in one pass: a read of
-- the last link per row would be as correct and slower).
do $$
declare
    r record;
    content bytea;
    n bigint := 0;
    h bytea := decode(repeat('00', 32), 'hex');
begin
    for r in
        select * from (
            select 'completion_record' as kind, id, completed_at as at from completion_record
            union all
            select 'completion_record.withdrawal', id, withdrawn_at from completion_record where withdrawn_at is not null
            union all
            select 'certificate', id, issued_at from certificate
            union all
            select 'certificate.revocation', id, revoked_at from certificate where revoked_at is not null
            union all
            select 'audit_event', id, occurred_at from audit_event
        ) x order by at, kind, id
    loop
        content := record_content_hash(r.kind, r.id);
        n := n + 1;
        h := sha256(h || convert_to(r.kind || ':' || r.id::text || ':', 'UTF8'::name) || content);
        insert into record_chain (seq, kind, row_id, row_hash, hash) values (n, r.kind, r.id, content, h);
    end loop;
end $$;

create constraint trigger completion_record_chain after insert on completion_record
    deferrable initially deferred for each row execute function record_chain_link('completion_record');
create constraint trigger completion_record_withdrawal_chain after update on completion_record
    deferrable initially deferred for each row
    when (old.withdrawn_at is null and new.withdrawn_at is not null)
    execute function record_chain_link('completion_record.withdrawal');
create constraint trigger certificate_chain after insert on certificate
    deferrable initially deferred for each row execute function record_chain_link('certificate');
create constraint trigger certificate_revocation_chain after update on certificate
    deferrable initially deferred for each row
    when (old.revoked_at is null and new.revoked_at is not null)
    execute function record_chain_link('certificate.revocation');
create constraint trigger audit_event_chain after insert on audit_event
    deferrable initially deferred for each row execute function record_chain_link('audit_event');

-- Links are written by the triggers only: nobody calls these directly (the owner still may).
revoke execute on function record_chain_add(text, bigint) from public;
revoke execute on function record_chain_link() from public;
