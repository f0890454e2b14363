-- Issue 11, written commitment. A course edition may require the learner to confirm a commitment text after
-- the last module; it is frozen with the edition (V013's trigger compares the whole row). The completion
-- keeps the exact text confirmed and when.
alter table course_edition add column commitment_text text
    constraint course_edition_commitment_length check (commitment_text is null or length(commitment_text) between 1 and 4000);
alter table completion_record add column commitment_text text;
alter table completion_record add column committed_at timestamptz;
alter table completion_record add constraint completion_record_commitment_pair
    check ((commitment_text is null) = (committed_at is null));
