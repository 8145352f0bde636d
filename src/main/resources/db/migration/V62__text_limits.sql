-- A support request's description is taken up to 4000 characters (docs/text-limits.md); the grant it becomes
-- kept only 1000, so a longer one failed the grant decision after the proposal had been accepted.
alter table grant_item alter column description type varchar(4000);
