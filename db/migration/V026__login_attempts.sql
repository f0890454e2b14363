-- Issue 13, sign-in: failed attempts are counted per user name and client address (5, then that pair is
-- locked for 15 minutes), per client address across all names (100: password spraying), and per user name
-- across all addresses (50: a ceiling that locks the name only for addresses it never signed in from, so an
-- attacker without the password cannot keep its owner out). An attempt is counted before its password is
-- checked, atomically (the row's lock), so parallel guesses never get more checks than the limit.
-- username and address are '' where a scope has none (part of the primary key).
create table login_attempt (
    scope        text        not null check (scope in ('NAME_ADDRESS', 'ADDRESS', 'NAME')),
    username     text        not null,
    address      text        not null,
    failures     int         not null check (failures >= 0),
    window_start timestamptz not null,
    locked_until timestamptz,
    primary key (scope, username, address)
);
create index login_attempt_username_idx on login_attempt (username) where username <> '';

-- Where each name last signed in successfully: the per-name ceiling does not apply there.
create table login_known_address (
    username        text        not null,
    address         text        not null,
    last_success_at timestamptz not null,
    primary key (username, address)
);

drop table login_throttle;
