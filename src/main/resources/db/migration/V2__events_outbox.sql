-- Events the platform announces, written in the transaction that makes the change and relayed to
-- Kafka after commit by one relay at a time (docs/decisions/outbox.md).
create table event_outbox (
    id           uuid         primary key,
    -- Commit order per agreement: a writer takes its position only after the previous writer for
    -- the same agreement committed (it waits on that agreement's event_sequence row).
    position     bigint       generated always as identity unique,
    agreement_id uuid         not null,
    sequence     integer      not null check (sequence > 0),
    topic        varchar(249) not null,
    type         varchar(255) not null,
    source       varchar(255) not null,
    occurred_at  timestamptz  not null,
    -- json, not jsonb: the relay publishes exactly the bytes the application serialized.
    data         json         not null,
    published_at timestamptz,
    unique (agreement_id, sequence)
);

create index event_outbox_pending_idx on event_outbox (position) where published_at is null;

-- The last sequence per agreement. Its row lock serialises the writers of one agreement until they
-- commit, and a rollback takes its number back, so sequences are gap-free.
create table event_sequence (
    agreement_id  uuid    primary key,
    last_sequence integer not null
);
