-- The version the leaders sign: the one the round consented to, or, when decliners dropped out of a
-- specialized agreement, the version the platform published without them.
alter table consensus_round add column signing_version int;
update consensus_round set signing_version = version;
alter table consensus_round alter column signing_version set not null;
