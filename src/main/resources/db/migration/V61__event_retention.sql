-- The retention clean-up finds old rows by these columns; an unpublished outbox row is never old enough.
create index event_inbox_taken_in_at_idx on event_inbox (taken_in_at);
create index event_outbox_published_at_idx on event_outbox (published_at) where published_at is not null;
