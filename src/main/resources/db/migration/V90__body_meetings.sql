-- The meetings of the governing bodies agreements set up, and the costs their hosts bore for them.
create table body_meeting (
    id            uuid primary key,
    agreement_id  uuid         not null,
    body_key      varchar(40)  not null,
    number        integer      not null check (number >= 1),
    scheduled_on  date         not null,
    host          varchar(16)  not null,
    status        varchar(20)  not null,
    held_on       date,
    venue         varchar(200),
    agenda        text,
    convened_by   varchar(100),
    convened_at   timestamptz,
    minutes       text,
    decisions     text,
    minutes_by    varchar(100),
    minutes_at    timestamptz,
    scheduled_at  timestamptz  not null,
    unique (agreement_id, body_key, number)
);

-- Append-only: a cost recorded in error is corrected by the settlement's arbitration, not by an update.
create table body_meeting_cost (
    id           uuid primary key,
    meeting_id   uuid          not null references body_meeting (id),
    amount       numeric(19, 2) not null check (amount > 0),
    description  varchar(1000) not null,
    shared       boolean       not null,
    recorded_by  varchar(100)  not null,
    recorded_at  timestamptz   not null
);
create index body_meeting_cost_meeting on body_meeting_cost (meeting_id);
