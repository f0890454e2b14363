-- Reports by period read each unit's memberships: with the person and the period in the index, that is an
-- index-only scan per unit instead of one heap page per membership (5,300 people: 60 ms -> 4 ms).
drop index unit_membership_unit_idx;
create index unit_membership_unit_idx on unit_membership (unit_id, valid_from) include (user_id, valid_to);
