-- What the agreement's closure decided for a project still running: complete, hand-over (it runs on under the
-- renewal) or cancel; null while the agreement is in force. Its reason is kept in resolution_reason.
alter table project add column closure_decision varchar(16);
