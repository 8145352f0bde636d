-- When the settlement heard of a payment, beside when it was paid: a settlement counts the payments it knew of when it
-- was calculated, so one reported later but paid before its cut-off is left to the agreement's next settlement, or,
-- after a final one, to the renewal that took the project over. Payments heard before this column are taken to have
-- been heard when they were paid, which is how they were counted until now.
alter table settlement_contribution add column recorded_at timestamptz;
update settlement_contribution set recorded_at = paid_at;
alter table settlement_contribution alter column recorded_at set not null;
