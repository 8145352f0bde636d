-- When the settlement heard of a payment into the pooled fund, beside when it was paid, as for project contributions
-- (V107): one reported after the final settlement was calculated, though paid before its cut-off, is counted by the
-- closed agreement settling once more. Payments heard before this column are taken to have been heard when they were
-- paid, which is how they were counted until now.
alter table settlement_fund_payment add column recorded_at timestamptz;
update settlement_fund_payment set recorded_at = paid_at;
alter table settlement_fund_payment alter column recorded_at set not null;
