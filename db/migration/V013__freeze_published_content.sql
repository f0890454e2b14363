-- Published editions are frozen: what learners study and are tested on cannot change under them.
-- Content is written only while its edition is a draft; publishing is the last change. The service
-- refuses first with a readable message; these triggers make it hold for every writer.

create function edition_status_of_module(module_id bigint) returns text language sql stable as $$
    select e.status from course_module m join course_edition e on e.id = m.edition_id where m.id = module_id
$$;

create function reject_published_content() returns trigger language plpgsql as $$
declare
    status_old text;
    status_new text;
begin
    if tg_table_name = 'course_module' then
        status_old := case when tg_op <> 'INSERT' then (select status from course_edition where id = old.edition_id) end;
        status_new := case when tg_op <> 'DELETE' then (select status from course_edition where id = new.edition_id) end;
    elsif tg_table_name = 'question_option' then
        status_old := case when tg_op <> 'INSERT' then
            (select edition_status_of_module(q.module_id) from question q where q.id = old.question_id) end;
        status_new := case when tg_op <> 'DELETE' then
            (select edition_status_of_module(q.module_id) from question q where q.id = new.question_id) end;
    else
        status_old := case when tg_op <> 'INSERT' then edition_status_of_module(old.module_id) end;
        status_new := case when tg_op <> 'DELETE' then edition_status_of_module(new.module_id) end;
    end if;
    if coalesce(status_old, 'DRAFT') <> 'DRAFT' or coalesce(status_new, 'DRAFT') <> 'DRAFT' then
        raise exception '% belongs to a published edition and cannot change', tg_table_name
            using errcode = 'restrict_violation';
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end $$;

create trigger course_module_frozen before insert or update or delete on course_module
    for each row execute function reject_published_content();
create trigger module_section_frozen before insert or update or delete on module_section
    for each row execute function reject_published_content();
create trigger attachment_frozen before insert or update or delete on attachment
    for each row execute function reject_published_content();
create trigger quiz_settings_frozen before insert or update or delete on quiz_settings
    for each row execute function reject_published_content();
create trigger question_frozen before insert or update or delete on question
    for each row execute function reject_published_content();
create trigger question_option_frozen before insert or update or delete on question_option
    for each row execute function reject_published_content();

-- A published edition keeps its number, date, title and description; it may only be retired.
create function course_edition_frozen() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        if old.status <> 'DRAFT' then
            raise exception 'a published edition cannot be deleted' using errcode = 'restrict_violation';
        end if;
        return old;
    end if;
    if old.status <> 'DRAFT' and (new.status = 'DRAFT'
            or (to_jsonb(new) - 'status') <> (to_jsonb(old) - 'status')) then
        raise exception 'published edition % can only be retired', old.id using errcode = 'restrict_violation';
    end if;
    return new;
end $$;

create trigger course_edition_frozen before update or delete on course_edition
    for each row execute function course_edition_frozen();
