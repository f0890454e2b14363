-- Employee and unit codes are matched without regard to case (imports, forms); the unique indexes say
-- the same, so "NV01" and "nv01" can never both exist and the lookups use an index.
drop index app_user_employee_code_uq;
create unique index app_user_employee_code_uq on app_user (lower(employee_code)) where employee_code is not null;
create unique index unit_code_lower_uq on unit (lower(code));
