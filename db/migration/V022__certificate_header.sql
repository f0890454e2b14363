-- Issue 12, official look (Nghị định 30/2020/NĐ-CP): the certificate's header block is the national
-- heading, the Party heading or none; the governing body stands above the issuing body; the place stands
-- before the date. Kept in the template and, as everything printed, in each certificate as issued
-- (certificates issued before this keep their old look: no header kind).
alter table certificate_template add column header_kind text not null default 'NATIONAL'
    constraint certificate_template_header_kind check (header_kind in ('NATIONAL', 'PARTY', 'NONE'));
alter table certificate_template add column governing_body text;
alter table certificate_template add column place text;
alter table certificate add column header_kind text;
alter table certificate add column governing_body text;
alter table certificate add column place text;
