-- Issue 11, membership over time. Each person's unit and unit-head role with the period it held, written
-- by a trigger on app_user, so every writer (the person form, the import, a later directory sync, an SQL
-- fix) keeps it without having to remember; backfilled from today's data (history starts here).
create table unit_membership (
    id         bigint generated always as identity primary key,
    user_id    bigint      not null references app_user (id),
    unit_id    bigint      not null references unit (id),
    unit_head  boolean     not null,
    valid_from timestamptz not null,
    valid_to   timestamptz,
    constraint unit_membership_period check (valid_to is null or valid_to >= valid_from)
);
create unique index unit_membership_current_uq on unit_membership (user_id) where valid_to is null;
create index unit_membership_user_idx on unit_membership (user_id, valid_from);
create index unit_membership_unit_idx on unit_membership (unit_id, valid_from);

-- The current unit is known to hold since the account's last change at the latest (since its creation
-- when it never changed): that is the start recorded for it.
insert into unit_membership (user_id, unit_id, unit_head, valid_from)
select id, unit_id, 'UNIT_HEAD' = any (roles), updated_at from app_user;

create function record_unit_membership() returns trigger language plpgsql as $$
declare
    at timestamptz := now();
begin
    if tg_op = 'UPDATE' and new.unit_id = old.unit_id
       and ('UNIT_HEAD' = any (new.roles)) = ('UNIT_HEAD' = any (old.roles)) then
        return new;
    end if;
    if tg_op = 'UPDATE' then
        -- now() is the transaction's start: a long transaction (an import) may see a period that another
        -- one opened later; the change then takes effect at that period's start, never before it
        select greatest(at, valid_from) into at from unit_membership where user_id = new.id and valid_to is null;
        at := coalesce(at, now());
        update unit_membership set valid_to = at where user_id = new.id and valid_to is null;
        -- two changes at the same moment (one transaction) leave the first one's period empty: drop it
        delete from unit_membership where user_id = new.id and valid_to = valid_from;
    end if;
    insert into unit_membership (user_id, unit_id, unit_head, valid_from)
    values (new.id, new.unit_id, 'UNIT_HEAD' = any (new.roles), at);
    return new;
end $$;

create trigger app_user_membership after insert or update of unit_id, roles on app_user
    for each row execute function record_unit_membership();

-- The unit a person was in when they completed a cycle, kept with the completion for good. Completions
-- recorded before this migration have none (their unit at the time is not known).
alter table completion_record add column unit_id bigint references unit (id);
create index completion_record_unit_idx on completion_record (unit_id);

-- A passed module carried over from a cycle of the same edition the person left by moving to another unit.
alter table module_progress add column carried_from bigint references assignment (id);
create index module_progress_carried_from_idx on module_progress (carried_from);
