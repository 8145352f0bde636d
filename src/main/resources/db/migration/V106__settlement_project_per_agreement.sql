-- A project handed over to a renewal is settled under the renewal too, with the same shares: its shares are kept per
-- agreement, so the closed agreement's accounts stay as they were settled.
alter table settlement_project drop constraint settlement_project_pkey;
alter table settlement_project add primary key (project_id, agreement_id, participant);
