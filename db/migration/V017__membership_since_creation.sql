-- Issue 11, reports by period. V015 started each person's history at their account's last change; what came
-- before is not known. Reports by period read that history, so a person whose account was edited after the
-- upgrade would vanish from every earlier period. Their first known unit is taken to have held since the
-- account was created (the best knowledge there is); history written from now on is exact.
update unit_membership m
   set valid_from = u.created_at
  from app_user u
 where u.id = m.user_id
   and u.created_at < m.valid_from
   and not exists (select 1 from unit_membership e where e.user_id = m.user_id and e.valid_from < m.valid_from);
