-- One answer saved as QuizService.saveAnswer saves it: the attempt locked, its questions read, one row updated.
\set a random(:mina, :maxa)
\set p random(1, 5)
begin;
select id, status, deadline_at from quiz_attempt where id = :a for share;
select aq.position, aq.question_id, q.kind, aq.option_order, aq.selected_option_ids from attempt_question aq join question q on q.id = aq.question_id where aq.attempt_id = :a order by aq.position;
update attempt_question set selected_option_ids = array[option_order[1]], answered_at = now() where attempt_id = :a and position = :p;
commit;
