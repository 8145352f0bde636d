-- Meeting costs the hosts of governing bodies bore, where the body shares them: settled as costs the host paid,
-- shared by the agreement's cost shares.
create table settlement_meeting_cost (
    cost_id      uuid primary key,
    agreement_id uuid        not null,
    meeting_id   uuid        not null,
    host         varchar(16) not null,
    amount_fen   bigint      not null check (amount_fen > 0),
    recorded_at  timestamptz not null
);
create index settlement_meeting_cost_agreement on settlement_meeting_cost (agreement_id);
