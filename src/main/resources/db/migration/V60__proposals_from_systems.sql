-- A proposal from an initiator's system is proposed by its CloudEvents source (up to 255 characters), not a user id.
alter table agreement alter column proposed_by type varchar(255);
alter table agreement_version alter column created_by type varchar(255);
