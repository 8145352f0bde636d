-- "My tasks" counts up to 1,001 of a member of staff's tasks from open_task_by_audience alone (an index-only scan), and
-- each index entry on a page the visibility map does not vouch for visits the table as well. Every task change
-- deletes and inserts rows here, so with the default thresholds (a fifth of the table) tens of thousands of changes
-- would go by before autovacuum marks their pages again; vacuum this small, narrow table after a fiftieth instead.
alter table open_task set (autovacuum_vacuum_scale_factor = 0.02, autovacuum_vacuum_insert_scale_factor = 0.02);
