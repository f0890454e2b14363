-- Issue 12 (a Flyway callback: runs after every migration run, so it is idempotent and catches up when the
-- application's role is created later): the application connects with its own role, which does not own the
-- tables: it reads and writes rows, but cannot drop or switch off the append-only triggers, truncate a table,
-- create objects, or write the record chain except through its triggers (V024). Flyway migrates as the owner
-- (spring.flyway.user). The role is the placeholder appRole (APP_DB_APP_ROLE, by default the datasource user
-- name, else daotao_app); the embedded database creates it. If it is the owner itself or does not exist,
-- nothing is granted and the admin home says that the application runs as the owner.
do $$
declare
    app text := '${appRole}';
begin
    if app = current_user then
        raise notice 'The application connects as the owner (%): no separate role to grant', app;
        return;
    end if;
    if not exists (select 1 from pg_roles where rolname = app) then
        raise warning 'The application role "%" does not exist: nothing granted (see README, "Database roles")', app;
        return;
    end if;
    -- PostgreSQL before 15 let everyone create objects in public: nobody but the owner may
    execute format('revoke create on schema %I from public', current_schema());
    execute format('grant usage on schema %I to %I', current_schema(), app);
    execute format('grant select, insert, update, delete on all tables in schema %I to %I', current_schema(), app);
    execute format('grant usage, select on all sequences in schema %I to %I', current_schema(), app);
    execute format('alter default privileges in schema %I grant select, insert, update, delete on tables to %I',
                   current_schema(), app);
    execute format('alter default privileges in schema %I grant usage, select on sequences to %I',
                   current_schema(), app);
    -- history is only ever added to; the chain only through record_chain_add (security definer)
    execute format('revoke update, delete on audit_event from %I', app);
    execute format('revoke insert, update, delete on record_chain from %I', app);
    if to_regclass('flyway_schema_history') is not null then
        execute format('revoke insert, update, delete on flyway_schema_history from %I', app);
    end if;
end $$;
