-- Compensation settlement. The accounts hold the facts the settlement module heard, amounts in fen;
-- settlements are calculated from them cumulatively, so none of these rows is ever changed.
create table settlement_project (
    project_id   uuid          not null,
    agreement_id uuid          not null references agreement (id),
    participant  varchar(16)   not null,
    percent      numeric(7, 4) not null check (percent >= 0),
    primary key (project_id, participant)
);

create table settlement_contribution (
    id           bigserial   primary key,
    agreement_id uuid        not null references agreement (id),
    project_id   uuid        not null,
    participant  varchar(16) not null,
    amount_fen   bigint      not null check (amount_fen >= 0),
    paid_at      timestamptz not null
);

create table settlement_penalty (
    id           bigserial     primary key,
    agreement_id uuid          not null references agreement (id),
    project_id   uuid          not null,
    defaulter    varchar(16)   not null,
    amount_fen   bigint        not null check (amount_fen >= 0),
    reason       varchar(4000),
    imposed_at   timestamptz   not null
);

-- Shared benefits a participant's finance system reported for a period; due from the day after it.
create table settlement_benefit (
    id           bigserial     primary key,
    agreement_id uuid          not null references agreement (id),
    participant  varchar(16)   not null,
    amount_fen   bigint        not null check (amount_fen >= 0),
    period_start date          not null,
    period_end   date          not null check (period_end >= period_start),
    description  varchar(1000),
    reported_by  varchar(256)  not null,
    reported_at  timestamptz   not null
);

-- Agreed counterpart support from one participant to another for a period; due from the day after it.
create table settlement_support (
    id           bigserial     primary key,
    agreement_id uuid          not null references agreement (id),
    supporter    varchar(16)   not null,
    recipient    varchar(16)   not null check (recipient <> supporter),
    amount_fen   bigint        not null check (amount_fen > 0),
    period_start date          not null,
    period_end   date          not null check (period_end >= period_start),
    description  varchar(1000),
    recorded_by  varchar(128)  not null,
    recorded_at  timestamptz   not null
);

create table settlement (
    id                  uuid          primary key,
    agreement_id        uuid          not null references agreement (id),
    kind                varchar(16)   not null,
    period_end          timestamptz   not null,
    status              varchar(24)   not null,
    process_instance_id varchar(64),
    arbitrator_group    varchar(64)   not null,
    proposed_at         timestamptz   not null,
    arbitration         varchar(16),
    arbitration_reason  varchar(4000),
    arbitrated_by       varchar(128),
    arbitrated_at       timestamptz,
    finalized_at        timestamptz,
    completed_at        timestamptz
);

create index settlement_agreement_idx on settlement (agreement_id, proposed_at);

create table settlement_position (
    settlement_id    uuid        not null references settlement (id),
    participant      varchar(16) not null,
    cost_paid        bigint      not null,
    cost_share       bigint      not null,
    benefit_received bigint      not null,
    benefit_fair     bigint      not null,
    penalties        bigint      not null,
    support          bigint      not null,
    adjustments      bigint      not null,
    settled          bigint      not null,
    primary key (settlement_id, participant)
);

create table settlement_answer (
    settlement_id uuid          not null references settlement (id),
    participant   varchar(16)   not null,
    answer        varchar(16)   not null,
    silent        boolean       not null,
    reason        varchar(4000),
    answered_by   varchar(128)  not null,
    answered_at   timestamptz   not null,
    primary key (settlement_id, participant)
);

create table settlement_adjustment (
    id            bigserial     primary key,
    settlement_id uuid          not null references settlement (id),
    payer         varchar(16)   not null,
    payee         varchar(16)   not null check (payee <> payer),
    amount_fen    bigint        not null check (amount_fen > 0),
    reason        varchar(4000) not null
);

-- The transfers a settlement proposes; replaced while it is adjusted, fixed once it is finalized.
create table settlement_transfer (
    id            uuid         primary key,
    settlement_id uuid         not null references settlement (id),
    seq           int          not null,
    payer         varchar(16)  not null,
    payee         varchar(16)  not null,
    amount_fen    bigint       not null check (amount_fen > 0),
    reminded_at   timestamptz,
    confirmed_by  varchar(256),
    confirmed_at  timestamptz,
    unique (settlement_id, seq)
);
