-- Programmes and their budget years are opened at run time by an agency's administrators (no migration for a new
-- year or a new programme); each row records who opened it and when. The rows V31 seeded keep both empty.
alter table grant_programme add column opened_by varchar(128);
alter table grant_programme add column opened_at timestamptz;
