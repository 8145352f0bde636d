-- Answers from participants' systems that arrived before their round opened (e.g. right after an
-- amendment was published): held until the round opens, then recorded as the ballot's answer.
create table early_answer (
    agreement_id uuid          not null references agreement (id),
    round        int           not null,
    participant  varchar(16)   not null references government (code),
    answer       varchar(16)   not null,
    comment      varchar(4000),
    answered_by  varchar(255)  not null,
    received_at  timestamptz   not null,
    primary key (agreement_id, round, participant)
);
