-- A yearly cycle has at most one next cycle: the renewal job may run on several app instances, or twice
-- on one, and still inserts the next cycle once (insert ... on conflict do nothing).
create unique index assignment_one_next_cycle_uq on assignment (previous_id) where previous_id is not null;
drop index assignment_previous_idx;
