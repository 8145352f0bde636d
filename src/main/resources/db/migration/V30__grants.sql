-- Grant programmes: one per coordination agency, support type and year; monetary ones have a budget.
create table grant_programme (
    id           bigserial     primary key,
    agency       varchar(16)   not null,
    support_type varchar(32)   not null check (support_type in
                     ('fiscal-transfer', 'pilot-zone-status', 'tax-preference', 'land-quota', 'infrastructure-investment')),
    year         int           not null check (year between 2000 and 9999),
    budget       numeric(18, 2) check (budget >= 0),
    unique (agency, support_type, year),
    check ((budget is null) = (support_type in ('pilot-zone-status', 'land-quota')))
);

-- One requested support item of an agreement and the grant officer's decision on it.
create table grant_item (
    id                    uuid          primary key,
    agreement_id          uuid          not null references agreement (id),
    item_index            int           not null check (item_index >= 0),
    support_type          varchar(32)   not null,
    requested_amount      numeric(18, 2) check (requested_amount >= 0),
    description           varchar(1000),
    programme_id          bigint        references grant_programme (id),
    agency                varchar(16)   not null,
    eligible              boolean,
    ineligible_reason     varchar(1000),
    central_share_percent int           check (central_share_percent between 0 and 100),
    share_amount          numeric(18, 2) check (share_amount >= 0),
    status                varchar(16)   not null
                              check (status in ('pending', 'awarded', 'partly-awarded', 'declined', 'revoked')),
    awarded_amount        numeric(18, 2) check (awarded_amount >= 0),
    valid_from            date,
    valid_to              date,
    conditions            varchar(4000),
    decided_by            varchar(128),
    decided_at            timestamptz,
    reason                varchar(4000),
    revoked_by            varchar(128),
    revoked_at            timestamptz,
    revocation_reason     varchar(4000),
    unique (agreement_id, item_index),
    check (valid_to is null or valid_from is null or valid_to >= valid_from)
);

create index grant_item_agreement_idx on grant_item (agreement_id);

-- The budget ledger: every movement of a programme's money. Balances are sums over these rows.
create table grant_ledger_entry (
    id           bigserial      primary key,
    programme_id bigint         not null references grant_programme (id),
    kind         varchar(16)    not null check (kind in ('reserve', 'award', 'release', 'disburse', 'reclaim')),
    amount       numeric(18, 2) not null check (amount > 0),
    agreement_id uuid           not null,
    grant_id     uuid           references grant_item (id),
    project_id   uuid,
    milestone    varchar(200),
    actor        varchar(128)   not null,
    reason       varchar(4000),
    recorded_at  timestamptz    not null
);

create index grant_ledger_programme_idx on grant_ledger_entry (programme_id, id);
create index grant_ledger_grant_idx on grant_ledger_entry (grant_id);

-- The ledger is the record of public money: an entry, once written, is corrected only by another entry.
create function grant_ledger_entry_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'budget ledger entries are append-only (entry %)', old.id;
end $$;

create trigger grant_ledger_entry_append_only
    before update or delete on grant_ledger_entry
    for each row execute function grant_ledger_entry_is_append_only();

create function grant_ledger_is_not_truncated() returns trigger language plpgsql as $$
begin
    raise exception 'the budget ledger is append-only';
end $$;

create trigger grant_ledger_no_truncate
    before truncate on grant_ledger_entry
    for each statement execute function grant_ledger_is_not_truncated();
