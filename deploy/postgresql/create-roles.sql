-- The schema owner, the runtime role and the database, as docs/operations.md describes them.
-- Run as a PostgreSQL superuser (bin/algos test-postgres runs it for the integration tests):
--   psql -v database=algos -v owner_password=... -v runtime_password=... -f create-roles.sql
\set ON_ERROR_STOP on
create role algos_owner login nosuperuser nocreatedb nocreaterole password :'owner_password';
create role algos login nosuperuser nocreatedb nocreaterole password :'runtime_password';
create database :"database" owner algos_owner;
\connect :"database"
-- PostgreSQL before 15 lets every role create tables in public; from 15 on this changes nothing.
revoke create on schema public from public;
