-- Higher approval: each attempt routes a signed agreement to one or two reviewing groups in order.
create table approval_review (
    agreement_id   uuid          not null references agreement (id),
    attempt        int           not null check (attempt >= 1),
    step           int           not null check (step >= 1),
    version        int           not null,
    reviewer_group varchar(64)   not null,
    routed_at      timestamptz   not null,
    decision       varchar(16),
    conditions     varchar(4000),
    reason         varchar(4000),
    decided_by     varchar(128),
    decided_at     timestamptz,
    primary key (agreement_id, attempt, step)
);

-- Service-level breaches that administrators must see until they are resolved.
create table escalation (
    id           bigserial     primary key,
    agreement_id uuid          not null references agreement (id),
    kind         varchar(32)   not null,
    subject      varchar(128)  not null,
    detail       varchar(1000) not null,
    raised_at    timestamptz   not null,
    resolved_at  timestamptz
);

create index escalation_open_idx on escalation (raised_at) where resolved_at is null;
