-- Issue 15, single sign-on: the provider's person an account was first matched with ("issuer|subject"). From then on
-- that person signs in to that account whatever their e-mail address becomes, and no other provider person can,
-- even one who is later given the same address (a newcomer given a leaver's address).
alter table app_user add column sso_subject text;
create unique index app_user_sso_subject_uq on app_user (sso_subject) where sso_subject is not null;
