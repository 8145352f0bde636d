-- The agreement a project ran under before it was handed over to that agreement's renewal: a participant's finance
-- system may still report a payment for it under the closed agreement's id.
alter table project add column handed_over_from uuid references agreement (id);
