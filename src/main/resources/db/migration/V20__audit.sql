-- Every decision on an agreement: who took it, when, by which path, what and why. Append-only, and
-- without a foreign key: recording a decision must never be what makes it fail.
create table audit_entry (
    id           bigserial     primary key,
    agreement_id uuid          not null,
    decided_at   timestamptz   not null,
    decided_by   varchar(200)  not null,
    path         varchar(16)   not null check (path in ('task', 'event')),
    kind         varchar(32)   not null,
    decision     varchar(64)   not null,
    subject      varchar(200)  not null,
    reason       varchar(4000)
);

create index audit_entry_by_agreement on audit_entry (agreement_id, decided_at, id);
