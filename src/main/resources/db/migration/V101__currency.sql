-- Every amount is in an ISO 4217 currency: an agreement's amounts in its one settlement currency, grant programmes'
-- budgets in yuan. Everything recorded before agreements named a currency is in yuan (docs/decisions/currency.md).
alter table agreement add column settlement_currency char(3) not null default 'CNY'
    check (settlement_currency ~ '^[A-Z]{3}$');

-- A contribution paid in another currency than the agreement's: amount stays what it counts for, in the settlement
-- currency; the ledger also keeps what was paid, in which currency, at the rate the parties agreed and its date.
alter table project_payment
    add column original_amount   numeric(18, 2) check (original_amount > 0),
    add column original_currency char(3) check (original_currency ~ '^[A-Z]{3}$'),
    add column rate              numeric(24, 10) check (rate > 0),
    add column rate_date         date,
    add constraint project_payment_converted check (
        (original_amount is null) = (original_currency is null)
        and (original_amount is null) = (rate is null)
        and (original_amount is null) = (rate_date is null));

-- The same for a payment into an agreement's pooled fund.
alter table fund_ledger_entry
    add column original_amount   numeric(18, 2) check (original_amount > 0),
    add column original_currency char(3) check (original_currency ~ '^[A-Z]{3}$'),
    add column rate              numeric(24, 10) check (rate > 0),
    add column rate_date         date,
    add constraint fund_ledger_entry_converted check (
        (original_amount is null) = (original_currency is null)
        and (original_amount is null) = (rate is null)
        and (original_amount is null) = (rate_date is null)
        and (original_amount is null or kind = 'pay-in'));
