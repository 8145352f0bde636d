-- Joint projects of approved agreements: what each participant contributes, how it paid, whether it
-- defaulted, and the milestones whose verification releases grant money.
create table project (
    id                uuid          primary key,
    agreement_id      uuid          not null references agreement (id),
    name              varchar(200)  not null,
    lead              varchar(16)   not null references government (code),
    field             varchar(40)   not null,
    location          varchar(16)   not null references government (code),
    budget            numeric(18,2) not null check (budget > 0),
    grant_part        numeric(18,2) not null check (grant_part >= 0 and grant_part <= budget),
    status            varchar(16)   not null,
    merged_into       uuid          references project (id),
    resolution_reason varchar(4000),
    registered_by     varchar(255)  not null,
    registered_at     timestamptz   not null,
    ended_at          timestamptz
);

create index project_agreement_idx on project (agreement_id);
-- The repeated-construction check looks for projects still running in one field.
create index project_active_field_idx on project (field) where status in ('registered', 'active');

-- One row per participant: its cost share and what it owes of the contributions (budget - grant part).
create table project_contribution (
    project_id   uuid          not null references project (id),
    participant  varchar(16)   not null references government (code),
    percent      numeric(7,4)  not null,
    amount       numeric(18,2) not null check (amount >= 0),
    paid         numeric(18,2) not null default 0,
    status       varchar(16)   not null,
    requested_at timestamptz,
    deadline     timestamptz,
    primary key (project_id, participant)
);

-- Every payment a participant's finance system reported, also those after a default: money is never lost.
create table project_payment (
    id            bigserial     primary key,
    project_id    uuid          not null references project (id),
    participant   varchar(16)   not null references government (code),
    amount        numeric(18,2) not null check (amount > 0),
    paid_at       timestamptz   not null,
    reported_by   varchar(255)  not null,
    after_default boolean       not null,
    recorded_at   timestamptz   not null
);

-- A missed contribution deadline and what became of the agreed penalty.
create table project_default (
    project_id         uuid          not null references project (id),
    participant        varchar(16)   not null references government (code),
    defaulted_at       timestamptz   not null,
    penalty            numeric(18,2) not null,
    status             varchar(24)   not null,
    answer_reason      varchar(4000),
    answered_by        varchar(255),
    arbitration_reason varchar(4000),
    arbitrated_by      varchar(255),
    decided_at         timestamptz,
    primary key (project_id, participant)
);

create table project_milestone (
    project_id       uuid          not null references project (id),
    position         int           not null,
    name             varchar(200)  not null,
    due_date         date          not null,
    grant_amount     numeric(18,2) not null check (grant_amount >= 0),
    status           varchar(16)   not null,
    summary          varchar(4000),
    actual_cost      numeric(18,2),
    reported_by      varchar(255),
    reported_at      timestamptz,
    rejection_reason varchar(4000),
    verified_by      varchar(255),
    verified_at      timestamptz,
    primary key (project_id, position),
    unique (project_id, name)
);
