-- A support request's description is taken up to 4000 characters (docs/text-limits.md); the grant it becomes
-- kept only 1000, so a longer one failed the grant decision after the proposal had been accepted.
alter table grant_item alter column description type varchar(4000);

-- Who answered through a participant's system is its CloudEvents source, taken up to 255 characters like the
-- inbox's; a signature also names the leader (up to 200): "<leader> via <source>".
alter table ballot alter column answered_by type varchar(255);
alter table ballot_late_answer alter column answered_by type varchar(255);
alter table settlement_answer alter column answered_by type varchar(255);
alter table agreement_signature alter column signed_by type varchar(460);
