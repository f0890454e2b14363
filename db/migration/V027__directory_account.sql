-- Issue 15: a person who signs in with their password in the organisation's directory (LDAP / Active Directory).
-- The entry's distinguished name, recorded at their first directory sign-in (or by the directory sync); null for a
-- local account. Once set, the local password no longer opens the account: a person removed from the directory is
-- refused instead of falling back to a password they were once given.
alter table app_user add column directory_dn text;
