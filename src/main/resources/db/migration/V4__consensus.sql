-- Local consensus: one round per version put to the participants, one ballot per participant per round.
create table consensus_round (
    agreement_id uuid        not null references agreement (id),
    round        int         not null check (round >= 1),
    version      int         not null,
    opened_at    timestamptz not null,
    closed_at    timestamptz,
    outcome      varchar(16),
    primary key (agreement_id, round)
);

create table ballot (
    agreement_id uuid          not null,
    round        int           not null,
    participant  varchar(16)   not null references government (code),
    answer       varchar(16),
    comment      varchar(4000),
    path         varchar(8),
    answered_by  varchar(128),
    answered_at  timestamptz,
    reminded_at  timestamptz,
    primary key (agreement_id, round, participant),
    foreign key (agreement_id, round) references consensus_round (agreement_id, round),
    check ((answer is null) = (answered_at is null))
);

-- Answers that arrived after the ballot was decided: kept for the record, never applied.
create table ballot_late_answer (
    id           bigserial     primary key,
    agreement_id uuid          not null,
    round        int           not null,
    participant  varchar(16)   not null,
    answer       varchar(16)   not null,
    comment      varchar(4000),
    path         varchar(8)    not null,
    answered_by  varchar(128)  not null,
    received_at  timestamptz   not null,
    foreign key (agreement_id, round, participant) references ballot (agreement_id, round, participant)
);

create table agreement_signature (
    agreement_id uuid         not null references agreement (id),
    version      int          not null,
    signatory    varchar(16)  not null references government (code),
    signed_by    varchar(128) not null,
    signed_at    timestamptz  not null,
    content_hash char(64)     not null,
    primary key (agreement_id, version, signatory)
);
