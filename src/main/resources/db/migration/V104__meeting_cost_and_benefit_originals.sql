-- A meeting cost the host paid, or a benefit a participant received, in another currency than the agreement's: amount
-- stays what it counts for in the settlement currency; beside it what was paid or received, in which currency, at the
-- rate the parties agreed and its date, as for contributions (V101, docs/decisions/currency.md).
alter table body_meeting_cost
    add column original_amount   numeric(18, 2) check (original_amount > 0),
    add column original_currency char(3) check (original_currency ~ '^[A-Z]{3}$'),
    add column rate              numeric(24, 10) check (rate > 0),
    add column rate_date         date,
    add constraint body_meeting_cost_converted check (
        (original_amount is null) = (original_currency is null)
        and (original_amount is null) = (rate is null)
        and (original_amount is null) = (rate_date is null));

-- A benefit may be reported as zero, so may what it was in another currency.
alter table settlement_benefit
    add column original_amount   numeric(18, 2) check (original_amount >= 0),
    add column original_currency char(3) check (original_currency ~ '^[A-Z]{3}$'),
    add column rate              numeric(24, 10) check (rate > 0),
    add column rate_date         date,
    add constraint settlement_benefit_converted check (
        (original_amount is null) = (original_currency is null)
        and (original_amount is null) = (rate is null)
        and (original_amount is null) = (rate_date is null));
