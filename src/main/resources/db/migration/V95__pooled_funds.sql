-- Pooled funds: an agreement's own fund that its members pay into and one of its bodies allocates to projects.
-- One row per agreement with a fund, created with its first movement; every movement of the fund's money locks it.
create table pooled_fund (
    agreement_id uuid        primary key references agreement (id),
    opened_at    timestamptz not null
);

-- The fund's ledger: members' payments in, holds for projects that asked for money, allocations and releases.
-- Balances are sums over these rows: available = paid in - held - allocated, never below zero.
create table fund_ledger_entry (
    id           bigserial      primary key,
    agreement_id uuid           not null references pooled_fund (agreement_id),
    kind         varchar(16)    not null check (kind in ('pay-in', 'reserve', 'allocate', 'release')),
    amount       numeric(18, 2) not null check (amount > 0),
    member       varchar(16),
    project_id   uuid,
    actor        varchar(256)   not null,
    reason       varchar(4000),
    paid_at      timestamptz,
    recorded_at  timestamptz    not null,
    check ((kind = 'pay-in') = (member is not null and paid_at is not null)),
    check ((kind = 'pay-in') = (project_id is null))
);

create index fund_ledger_agreement_idx on fund_ledger_entry (agreement_id, id);
create index fund_ledger_project_idx on fund_ledger_entry (project_id) where project_id is not null;

-- Like the grant programmes' ledger, the record of public money: an entry is corrected only by another entry.
create function fund_ledger_entry_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'fund ledger entries are append-only (entry %)', old.id;
end $$;

create trigger fund_ledger_entry_append_only
    before update or delete on fund_ledger_entry
    for each row execute function fund_ledger_entry_is_append_only();

create function fund_ledger_is_not_truncated() returns trigger language plpgsql as $$
begin
    raise exception 'the fund ledger is append-only';
end $$;

create trigger fund_ledger_no_truncate
    before truncate on fund_ledger_entry
    for each statement execute function fund_ledger_is_not_truncated();

-- A joint project may be led by one of the agreement's bodies (its members act for it) instead of a government,
-- and may be paid in part from the agreement's fund.
alter table project alter column lead drop not null;
alter table project add column lead_body varchar(64);
alter table project add constraint project_one_lead check ((lead is null) <> (lead_body is null));
alter table project add column fund_part numeric(18, 2) not null default 0 check (fund_part >= 0);
alter table project add constraint project_funding_within_budget check (grant_part + fund_part <= budget);

-- What members paid into their agreement's fund, as settlement heard it, in fen.
create table settlement_fund_payment (
    id           bigserial   primary key,
    agreement_id uuid        not null references agreement (id),
    participant  varchar(16) not null,
    amount_fen   bigint      not null check (amount_fen > 0),
    paid_at      timestamptz not null
);

create index settlement_fund_payment_agreement_idx on settlement_fund_payment (agreement_id);
