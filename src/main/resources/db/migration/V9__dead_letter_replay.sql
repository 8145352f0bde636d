-- When an administrator last sent a dead letter back to its topic, e.g. after fixing what it needed.
alter table dead_letter add column replayed_at timestamptz;
