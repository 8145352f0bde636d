-- Inbound events taken in, by their CloudEvents identity. A row commits in the transaction that applies
-- the event, so a redelivered or replayed event finds it and changes nothing (docs/decisions/inbox.md).
create table event_inbox (
    source      varchar(255) not null,
    id          varchar(255) not null,
    type        varchar(255) not null,
    taken_in_at timestamptz  not null,
    primary key (source, id)
);

-- Inbound records that could not be applied, as they arrived, for inspection and a later replay. The
-- same record reaches the table once, however often it is delivered.
create table dead_letter (
    id               bigint        generated always as identity primary key,
    topic            varchar(249)  not null,
    partition        integer       not null,
    "offset"         bigint        not null,
    reason           varchar(32)   not null,
    detail           varchar(4000) not null,
    record_key       bytea,
    record_value     bytea,
    -- [{"name": ..., "value": base64 or null}, ...] in the record's order
    headers          jsonb         not null,
    dead_lettered_at timestamptz   not null,
    unique (topic, partition, "offset")
);
