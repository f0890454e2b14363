-- Issue 15, xAPI statements to the organisation's learning record store (README "xAPI"). One row per statement,
-- written in the transaction of what it tells (a module passed or failed, a course completed, a commitment
-- confirmed), so nothing is lost across a restart. It is sent with its own id (PUT ?statementId=, idempotent at the
-- store) once, in order per person (a person's next statement waits for the previous one), retried with back-off
-- while the store is away, claimed by one node at a time under a claim token. A statement the store refuses for
-- good (400, 403, 404, 413, 422: it will never take it) is FAILED and no longer holds the person's later ones.
create table xapi_statement (
    id                  bigint generated always as identity primary key,
    statement_id        uuid        not null unique,
    user_id             bigint      not null references app_user (id),
    event_key           text        not null unique,
    statement           jsonb       not null,
    created_at          timestamptz not null default now(),
    status              text        not null default 'PENDING' check (status in ('PENDING', 'SENT', 'FAILED')),
    attempts            integer     not null default 0,
    next_at             timestamptz not null default now(),
    claimed_until       timestamptz,
    claim               uuid,
    sent_at             timestamptz,
    last_error          text
);
create index xapi_statement_pending_idx on xapi_statement (user_id, id) where status = 'PENDING';
create index xapi_statement_due_idx on xapi_statement (id) where status = 'PENDING';
