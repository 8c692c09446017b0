-- A password an administrator sets serves only to choose a new one at first sign-in.
-- Passwords stored before this change (demo accounts, the first administrator) count as chosen.
alter table user_credential add column must_choose boolean default false not null;
